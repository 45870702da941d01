package org.coexist.model.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.coexist.model.ModelChange;
import org.coexist.model.Topology;

/**
 * Runs every edit of one document, owns undo and redo, and counts revisions. The document is unsaved when the
 * undo history differs from the one it had at the last save.
 *
 * <p>Each execute, undo and redo is a transaction: it applies wholly or not at all. When a command throws
 * midway, what it had changed is taken back (the inverse of each change, in reverse order), the exception goes
 * on to the caller, and history and revision stay as they were. A command that changes nothing is not kept.
 *
 * <p>Listeners (of this manager and of the topology) run inside a transaction, so they may not start another
 * one there: a command they execute (or an undo, a redo) is queued and runs once the current one is complete.
 * A listener that throws does not stop the others nor the command: its failure goes to the error reporter,
 * as does the failure of a queued command, whose caller is gone by then.
 */
public final class CommandManager {
    private final Topology topology;
    private final Consumer<Throwable> errors;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private long revision;
    private Command savedAt;
    private boolean savedStateReachable = true;
    private boolean running;

    /** Failures of listeners and queued commands are logged. */
    public CommandManager(Topology topology) {
        this(topology, CommandManager::log);
    }

    /** Failures of listeners and queued commands go to the reporter, e.g. for the UI to show. */
    public CommandManager(Topology topology, Consumer<Throwable> errors) {
        this.topology = topology;
        this.errors = errors;
        topology.reportListenerFailuresTo(errors);
    }

    public Topology topology() {
        return topology;
    }

    /** Called after every execute, undo and redo that happened, and every save mark. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /**
     * Runs the command and makes it the one to undo, unless it changed nothing. Throws what the command threw,
     * having taken back its partial changes. Inside a listener or another command: queued, see above.
     */
    public void execute(Command command) {
        transact(() -> {
            if (command instanceof EditCommand edit && edit.isEmpty()) {
                return;
            }
            if (!applied(command::execute)) {
                return;
            }
            undo.push(command);
            if (!redo.isEmpty() && redo.contains(savedAt)) {
                savedStateReachable = false;
            }
            redo.clear();
            changed();
        });
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoName() {
        return Optional.ofNullable(undo.peek()).map(Command::name);
    }

    public Optional<String> redoName() {
        return Optional.ofNullable(redo.peek()).map(Command::name);
    }

    /** Reverts the last command; when that fails, it stays the one to undo and the topology is as it was. */
    public void undo() {
        transact(() -> move(undo, redo, true));
    }

    public void redo() {
        transact(() -> move(redo, undo, false));
    }

    private void move(Deque<Command> from, Deque<Command> to, boolean undoing) {
        Command command = from.peek();
        if (command == null) {
            return;
        }
        applied(undoing ? command::undo : command::execute);
        from.pop();
        to.push(command);
        changed();
    }

    /** Increases by one for every execute that changed the topology, every undo and every redo. */
    public long revision() {
        return revision;
    }

    /** Remembers the present state as the saved one. */
    public void markSaved() {
        savedAt = undo.peek();
        savedStateReachable = true;
        tellListeners();
    }

    public boolean isModified() {
        return !savedStateReachable || undo.peek() != savedAt;
    }

    /** Runs the step now, or after the running one; then whatever listeners queued meanwhile, in order. */
    private void transact(Runnable step) {
        if (running) {
            queued.add(step);
            return;
        }
        running = true;
        try {
            step.run();
        } finally {
            try {
                runQueued();
            } finally {
                running = false;
            }
        }
    }

    private void runQueued() {
        for (Runnable next = queued.poll(); next != null; next = queued.poll()) {
            try {
                next.run();
            } catch (VirtualMachineError e) {
                queued.clear();
                throw e;
            } catch (RuntimeException | Error e) {
                errors.accept(e);
            }
        }
    }

    /**
     * Applies the change as one batch; true when it changed the topology. When it throws, the changes made so
     * far are taken back, newest first, inside the same batch, so listeners settle once on the state before.
     */
    private boolean applied(Consumer<Topology> change) {
        List<ModelChange> journal = new ArrayList<>();
        topology.batch(() -> {
            try {
                change.accept(topology);
            } catch (RuntimeException | Error failure) {
                rollBack(List.copyOf(journal), failure);
                throw failure;
            }
        }, journal::add);
        return !journal.isEmpty();
    }

    private void rollBack(List<ModelChange> applied, Throwable failure) {
        try {
            for (int i = applied.size() - 1; i >= 0; i--) {
                Edit.of(applied.get(i)).inverse().apply(topology);
            }
        } catch (RuntimeException | Error e) {
            failure.addSuppressed(e);
        }
    }

    private void changed() {
        revision++;
        tellListeners();
    }

    private void tellListeners() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (VirtualMachineError e) {
                throw e;
            } catch (RuntimeException | Error e) {
                errors.accept(e);
            }
        }
    }

    private static void log(Throwable failure) {
        System.getLogger(CommandManager.class.getName()).log(System.Logger.Level.ERROR,
                "a listener or a queued command failed", failure);
    }
}
