package org.coexist.model.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.coexist.model.Topology;

/**
 * Runs every edit of one document, owns undo and redo, and counts revisions. The document is unsaved when the
 * undo history differs from the one it had at the last save.
 */
public final class CommandManager {
    private final Topology topology;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private long revision;
    private Command savedAt;
    private boolean savedStateReachable = true;
    private boolean running;

    public CommandManager(Topology topology) {
        this.topology = topology;
    }

    public Topology topology() {
        return topology;
    }

    /** Called after every execute, undo, redo and save mark. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    public void execute(Command command) {
        if (running) {
            throw new IllegalStateException("a command may not run another command: " + command.name());
        }
        if (command instanceof EditCommand edit && edit.isEmpty()) {
            return;
        }
        run(() -> command.execute(topology));
        undo.push(command);
        if (!redo.isEmpty() && redo.contains(savedAt)) {
            savedStateReachable = false;
        }
        redo.clear();
        changed();
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

    public void undo() {
        Command command = undo.poll();
        if (command == null) {
            return;
        }
        run(() -> command.undo(topology));
        redo.push(command);
        changed();
    }

    public void redo() {
        Command command = redo.poll();
        if (command == null) {
            return;
        }
        run(() -> command.execute(topology));
        undo.push(command);
        changed();
    }

    /** Increases by one for every execute, undo and redo. */
    public long revision() {
        return revision;
    }

    /** Remembers the present state as the saved one. */
    public void markSaved() {
        savedAt = undo.peek();
        savedStateReachable = true;
        listeners.forEach(Runnable::run);
    }

    public boolean isModified() {
        return !savedStateReachable || undo.peek() != savedAt;
    }

    private void run(Runnable action) {
        running = true;
        try {
            action.run();
        } finally {
            running = false;
        }
    }

    private void changed() {
        revision++;
        listeners.forEach(Runnable::run);
    }
}
