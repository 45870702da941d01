package org.coexist.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.coexist.model.Element;
import org.coexist.model.Lifecycle;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.model.edit.Command;
import org.coexist.model.edit.PhaseEdits;
import org.coexist.ui.kernel.Texts;

/**
 * The inspector's "Introduced in" and "Retired in" choosers of an element. Choices are phase indexes: introduced
 * in 0 and retired in n (the number of phases) read "—". A lifecycle that hand-written hidden lists made custom
 * shows "Custom" in both, and the lists stay as they are until the user picks something.
 */
final class LifecycleRows {
    private static final int CUSTOM = -1;

    private LifecycleRows() {
    }

    static void add(PropertyGrid grid, Topology topology, Element element, PhaseEdits edits, Texts texts,
                    Consumer<Command> run) {
        List<Phase> phases = topology.phases();
        int count = phases.size();
        Lifecycle lifecycle = Lifecycle.of(phases, element.id());
        int introduced = lifecycle.custom() ? CUSTOM : lifecycle.introduced();
        int retired = lifecycle.custom() ? CUSTOM : lifecycle.retired();
        grid.section(texts.get("inspector.section.phases"));

        List<Integer> starts = new ArrayList<>();
        if (lifecycle.custom()) {
            starts.add(CUSTOM);
        }
        for (int i = 0; i < count; i++) {
            starts.add(i);
        }
        grid.row(texts.get("inspector.introduced"), Editors.choice("inspector-introduced", starts, introduced,
                i -> i == CUSTOM ? texts.get("inspector.lifecycle.custom")
                        : i == 0 ? texts.get("inspector.lifecycle.none") : label(texts, phases, i),
                i -> run.accept(edits.setLifecycle(topology, element.id(), i,
                        retired == CUSTOM ? count : retired))));

        List<Integer> ends = new ArrayList<>();
        if (lifecycle.custom()) {
            ends.add(CUSTOM);
        }
        ends.add(count);
        for (int i = 1; i < count; i++) {
            ends.add(i);
        }
        grid.row(texts.get("inspector.retired"), Editors.choice("inspector-retired", ends, retired,
                i -> i == CUSTOM ? texts.get("inspector.lifecycle.custom")
                        : i == count ? texts.get("inspector.lifecycle.none") : label(texts, phases, i),
                i -> run.accept(edits.setLifecycle(topology, element.id(),
                        introduced == CUSTOM ? 0 : introduced, i))));
    }

    private static String label(Texts texts, List<Phase> phases, int index) {
        return texts.format("phases.chip", index + 1, phases.get(index).name());
    }
}
