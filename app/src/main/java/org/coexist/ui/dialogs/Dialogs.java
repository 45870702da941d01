package org.coexist.ui.dialogs;

import java.nio.file.Path;
import java.util.List;
import org.coexist.export.ExportFormat;
import org.coexist.export.HandoutOptions;
import org.coexist.rules.RuleDescriptor;

/**
 * Every question and message the designer puts to the user in a window of its own. The shell asks through this
 * interface so that tests can answer with a script instead of blocking on a modal dialog.
 */
public interface Dialogs {

    /** The answer to "Save changes?". */
    enum SaveChoice { SAVE, DONT_SAVE, CANCEL }

    SaveChoice askSaveChanges(String documentName);

    /** The file to open, or null when the user cancels. */
    Path chooseFileToOpen(Path initialDirectory);

    /** Where to save, or null when the user cancels. */
    Path chooseFileToSave(String suggestedName, Path initialDirectory);

    /** Where to write an export in this format, or null when the user cancels. */
    Path chooseExportFile(ExportFormat format, String suggestedName, Path initialDirectory);

    /** What a PNG export covers and at which scale, or null when the user cancels. */
    PngChoice askPngOptions();

    /** The paper of a PDF handout and whether it is the trainer's edition, or null when the user cancels. */
    HandoutOptions askHandoutOptions();

    /** A message the user must acknowledge: a refused file, a failed save. */
    void showError(String title, String header, String message);

    void showRuleCatalog(List<RuleDescriptor> rules);

    void showAbout();
}
