package org.coexist.ui.dialogs;

import java.nio.file.Path;
import java.util.List;
import org.coexist.export.ExportFormat;
import org.coexist.export.HandoutOptions;
import org.coexist.model.ProductVersion;
import org.coexist.rules.RuleDescriptor;
import org.coexist.ui.files.FileQuestions;

/**
 * Every question and message the designer puts to the user in a window of its own. The shell asks through this
 * interface so that tests can answer with a script instead of blocking on a modal dialog.
 */
public interface Dialogs extends FileQuestions {

    /** Where to write an export in this format, or null when the user cancels. */
    Path chooseExportFile(ExportFormat format, String suggestedName, Path initialDirectory);

    /** What a PNG export covers and at which scale, or null when the user cancels. */
    PngChoice askPngOptions();

    /** The paper of a PDF handout and whether it is the trainer's edition, or null when the user cancels. */
    HandoutOptions askHandoutOptions();

    void showRuleCatalog(List<RuleDescriptor> rules);

    /** Where an import goes: a new document, or a new forest of the open design. */
    enum ImportTarget { NEW_DOCUMENT, ADD_FOREST, CANCEL }

    /** The documents to import (Topology Builder, published topologies, zips, server lists); empty to cancel. */
    List<Path> chooseFilesToImport(Path initialDirectory);

    /** The version to assume for servers whose document gives none, or null when the user cancels. */
    ProductVersion askAssumedVersion(List<String> servers, List<ProductVersion> choices);

    ImportTarget askImportTarget();

    /** What an import did, line by line. */
    void showImportSummary(String header, List<String> lines);

    /** A topology file or an importable document to compare the design with, or null when the user cancels. */
    Path chooseDeploymentFile(Path initialDirectory);

    void showAbout();
}
