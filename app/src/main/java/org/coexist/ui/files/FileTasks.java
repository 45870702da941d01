package org.coexist.ui.files;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;

/**
 * Runs the window's opens and saves as JavaFX tasks on the file thread, one at a time, and says which one runs,
 * so that the status bar shows its progress and a Cancel, and the file actions wait for it. The future of a task
 * completes on the UI thread: with its value, its exception, or cancelled.
 */
public final class FileTasks {
    private final Executor executor;
    private final SimpleObjectProperty<Task<?>> running = new SimpleObjectProperty<>(this, "running");
    private final BooleanBinding idle = Bindings.isNull(running);

    public FileTasks(Executor executor) {
        this.executor = executor;
    }

    /** Starts the task (on the UI thread) and shows it as the window's file operation. */
    public <T> CompletableFuture<T> run(Task<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        running.set(task);
        task.setOnSucceeded(e -> {
            finished(task);
            result.complete(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            result.completeExceptionally(task.getException());
        });
        task.setOnCancelled(e -> {
            finished(task);
            result.cancel(false);
        });
        executor.execute(task);
        return result;
    }

    /** A task that no one sees: checks that must not wait behind or overtake an open or a save. */
    public <T> CompletableFuture<T> runQuietly(Task<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        task.setOnSucceeded(e -> result.complete(task.getValue()));
        task.setOnFailed(e -> result.completeExceptionally(task.getException()));
        task.setOnCancelled(e -> result.cancel(false));
        executor.execute(task);
        return result;
    }

    private void finished(Task<?> task) {
        if (running.get() == task) {
            running.set(null);
        }
    }

    /** The open or save under way, or null. */
    public ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return running;
    }

    /** True when no open or save runs: the file actions are enabled. */
    public BooleanBinding idleProperty() {
        return idle;
    }

    public boolean isIdle() {
        return running.get() == null;
    }
}
