package org.coexist.ui.dialogs;

import java.nio.file.Path;
import java.util.List;
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

    /** A message the user must acknowledge: a refused file, a failed save. */
    void showError(String title, String header, String message);

    void showRuleCatalog(List<RuleDescriptor> rules);

    void showAbout();
}
