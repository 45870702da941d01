package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Phase;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;
import org.coexist.ui.kernel.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A plan finding beside the phases, through the robot. The design: a Lync Server 2010 pool and its Group Chat
 * pool; phase 2 retires Group Chat while the pool stays until phase 3, so rule 72 names phase 2.
 */
class PlanFindingsTest extends ShellTestBase {
    private static final String RULE = "group-chat-retired-before-legacy";

    @BeforeEach
    void openDesign() {
        Topology topology = new Topology("Plan");
        topology.addForest(new Forest("f", "contoso.com", 40, 40, 700, 420));
        topology.addElement(new Element("pool10", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2010, "pool10",
                "f", 80, 100));
        topology.addElement(new Element("gc", ElementType.GROUP_CHAT_POOL, ProductVersion.LYNC_2010, "gc01", "f",
                480, 100));
        topology.addLink(new Link("home", LinkKind.HOMED_ON, "gc", "pool10"));
        topology.addPhase(new Phase("ph1", "Coexistence", "", List.of()));
        topology.addPhase(new Phase("ph2", "Retire Group Chat", "", List.of("gc")));
        topology.addPhase(new Phase("ph3", "Decommission", "", List.of("gc", "pool10")));
        fx(() -> context.documentProperty().set(new Document(topology, null, context.engine())));
    }

    private static boolean shown(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
    }

    private static String tooltip(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getTooltip().getText());
    }

    private List<String> problemRules() {
        return fx(() -> window.problems().shownFindings().stream().map(Finding::rule).toList());
    }

    @Test
    void thePhaseItNamesIsMarkedInTheStripAndThePanelAndTheWholeDesignListsIt(FxRobot robot) {
        waitUntil(() -> shown(robot, "#phase-plan-ph2"));
        String message = fx(() -> window.phaseStrip().shownPlan("ph2").get(0).message());
        assertTrue(message.contains("phase 2 \u201cRetire Group Chat\u201d"), message);
        assertEquals("Order of the phases:\n" + message, tooltip(robot, "#phase-plan-ph2"));
        assertTrue(fx(() -> robot.lookup("#phase-chip-ph2").queryAs(Labeled.class).getTooltip().getText())
                .endsWith(message), "the chip's own tooltip says it too");
        assertTrue(!shown(robot, "#phase-plan-ph1") && !shown(robot, "#phase-plan-ph3"), "only the phase it names");
        assertEquals(List.of(RULE), problemRules(), "the whole design lists the plan finding");

        robot.clickOn("#tab-phases");
        waitUntil(() -> shown(robot, "#phases-row-plan-ph2"));
        assertEquals("Order of the phases:\n" + message, tooltip(robot, "#phases-row-plan-ph2"));

        robot.clickOn("#phase-chip-ph2");
        assertEquals("ph2", fx(() -> context.phaseProperty().get()));
        assertEquals(List.of(), problemRules(), "a phase's own view is one state: no plan finding");
        assertTrue(shown(robot, "#phase-plan-ph2"), "the mark stays beside the phase");
    }

    @Test
    void retiringGroupChatWithThePoolTakesTheMarkAwayAndUndoBringsItBack(FxRobot robot) {
        waitUntil(() -> shown(robot, "#phase-plan-ph2"));
        robot.clickOn("#view-gc");
        assertEquals(List.of("gc"), fx(() -> List.copyOf(context.selection().ids())));
        robot.clickOn("#inspector-retired");
        Node decommission = robot.lookup(".combo-box-popup .list-cell")
                .match(n -> n instanceof Labeled l && "3. Decommission".equals(l.getText())).query();
        robot.clickOn(decommission);
        assertEquals(List.of(), fx(() -> topology().phase("ph2").hidden()), "shown in phase 2, retired in phase 3");
        waitUntil(() -> !shown(robot, "#phase-plan-ph2"));
        assertEquals(List.of(), problemRules());

        robot.clickOn("#tool-undo");
        waitUntil(() -> shown(robot, "#phase-plan-ph2"));
        assertEquals(List.of(RULE), problemRules());
    }
}
