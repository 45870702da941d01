package org.coexist.model.edit;

import java.util.ArrayList;
import java.util.List;
import org.coexist.model.Topology;

/**
 * A named list of primitive edits, applied in order as one batch and undone in reverse. Run through the
 * {@link CommandManager}, which takes back the edits already applied when a later one fails.
 */
public final class EditCommand implements Command {
    private final String name;
    private final List<Edit> edits;

    public EditCommand(String name, List<Edit> edits) {
        this.name = name;
        this.edits = List.copyOf(edits);
    }

    @Override
    public String name() {
        return name;
    }

    public List<Edit> edits() {
        return edits;
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    @Override
    public void execute(Topology topology) {
        topology.batch(() -> edits.forEach(edit -> edit.apply(topology)));
    }

    @Override
    public void undo(Topology topology) {
        List<Edit> inverse = new ArrayList<>(edits.size());
        for (int i = edits.size() - 1; i >= 0; i--) {
            inverse.add(edits.get(i).inverse());
        }
        topology.batch(() -> inverse.forEach(edit -> edit.apply(topology)));
    }
}
