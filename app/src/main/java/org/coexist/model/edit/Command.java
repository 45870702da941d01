package org.coexist.model.edit;

import org.coexist.model.Topology;

/** One user-visible edit, undoable, with a name for the Edit menu ("Move 3 elements"). */
public interface Command {

    String name();

    void execute(Topology topology);

    void undo(Topology topology);
}
