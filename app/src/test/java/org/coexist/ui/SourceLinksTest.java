package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.Properties;
import org.coexist.model.ProductVersion;
import org.coexist.rules.Finding;
import org.coexist.ui.dialogs.RuleCatalogTable;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A finding names its document by title, not by file, and the user opens it with a click on that title in the
 * Problems panel, the inspector or the rule catalog: the designer hands the address to the system browser.
 */
class SourceLinksTest extends ShellTestBase {
    private static final String EX10_TITLE = "Upgrading and Coexisting with Exchange 2010";
    private static final String EX10 = "http://technet.microsoft.com/en-us/library/aa998604(EXCHG.149).aspx";

    /** An Exchange 2010 Mailbox server on x86: rule 16 warns, citing the Exchange 2010 coexistence page. */
    private String x86Mailbox() {
        String forest = addForest();
        String mailbox = addElement(forest, ElementType.MAILBOX_SERVER, ProductVersion.EXCHANGE_2010);
        fx(() -> context.execute(context.edits().setProperty(topology(), mailbox, Properties.ARCHITECTURE, "x86")));
        List<Finding> shown = fx(() -> window.problems().shownFindings());
        assertEquals(List.of("exchange2010-x86"), shown.stream().map(Finding::rule).toList());
        return mailbox;
    }

    @Test
    void theProblemsPanelShowsTheTitleAndItsLinkOpensTheDocument(FxRobot robot) {
        x86Mailbox();
        Hyperlink link = robot.lookup(".problems-source-link").queryAs(Hyperlink.class);
        assertEquals(EX10_TITLE, fx(link::getText));
        assertFalse(fx(() -> link.getText().contains(".txt")));
        robot.clickOn(link);
        waitUntil(() -> opened.size() == 1);
        assertEquals(List.of(EX10), opened);
    }

    @Test
    void theInspectorNamesTheDocumentAndOpensIt(FxRobot robot) {
        String mailbox = x86Mailbox();
        fx(() -> context.selection().select(List.of(mailbox)));
        Node link = robot.lookup("#inspector-findings .finding-source-link").query();
        assertEquals(EX10_TITLE, fx(() -> ((Hyperlink) link).getText()));
        robot.clickOn(link);
        waitUntil(() -> opened.size() == 1);
        assertEquals(List.of(EX10), opened);
    }

    @Test
    void aRuleOfOurOwnCatalogHasNothingToOpen(FxRobot robot) {
        String forest = addForest();
        String client = addElement(forest, ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013);
        String sql = addElement(forest, ElementType.SQL_INSTANCE, ProductVersion.SQL_2012);
        fx(() -> context.execute(context.edits().connect(topology(), client, sql, LinkKind.HOMED_ON)));
        Hyperlink link = robot.lookup(".problems-source-link").queryAs(Hyperlink.class);
        assertTrue(fx(link::isDisabled), "the catalog's own rule cites a file of ours, not a page");
        robot.clickOn(link);
        assertEquals(List.of(), opened);
    }

    @Test
    void theRuleCatalogLinksEveryRuleToItsDocument(FxRobot robot) {
        RuleCatalogTable catalog = fx(() -> {
            Stage dialog = new Stage();
            RuleCatalogTable table = new RuleCatalogTable(context.texts(), context.sources(),
                    context.engine().rules());
            dialog.setScene(new Scene(table));
            dialog.show();
            return table;
        });
        int x86 = fx(() -> catalog.getItems().indexOf(catalog.getItems().stream()
                .filter(r -> r.id().equals("exchange2010-x86")).findFirst().orElseThrow()));
        fx(() -> catalog.scrollTo(x86));
        waitUntil(() -> fx(() -> robot.from(catalog).lookup(".rule-catalog-source-link")
                .match(n -> ((Hyperlink) n).getText().equals(EX10_TITLE)).tryQuery().isPresent()));
        robot.clickOn(robot.from(catalog).lookup(".rule-catalog-source-link")
                .match(n -> ((Hyperlink) n).getText().equals(EX10_TITLE)).queryAs(Hyperlink.class));
        waitUntil(() -> opened.size() == 1);
        assertEquals(List.of(EX10), opened);
        fx(() -> catalog.getScene().getWindow().hide());
    }
}
