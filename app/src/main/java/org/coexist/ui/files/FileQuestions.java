package org.coexist.ui.files;

import java.nio.file.Path;
import java.util.List;

/**
 * What handling files asks the user: save the changes, which file, read a changed file again or save over it,
 * which unsaved work to restore, and the errors to acknowledge. The window's {@code Dialogs} answers these among
 * the others; this package asks through this interface alone, so it needs nothing of the dialogs.
 */
public interface FileQuestions {

    /** The answer to "Save changes?". */
    enum SaveChoice { SAVE, DONT_SAVE, CANCEL }

    SaveChoice askSaveChanges(String documentName);

    /** The file to open, or null when the user cancels. */
    Path chooseFileToOpen(Path initialDirectory);

    /** Where to save, or null when the user cancels. */
    Path chooseFileToSave(String suggestedName, Path initialDirectory);

    /** A message the user must acknowledge: a refused file, a failed save. */
    void showError(String title, String header, String message);

    /**
     * The open file changed on disk while the document has unsaved changes: true to read the file again (losing
     * the changes), false to keep the document as it is.
     */
    boolean askReloadChanged(String documentName, Path file);

    /** The file changed on disk since it was loaded or saved: true to save over it all the same. */
    boolean askOverwriteChanged(String documentName, Path file);

    /** Unsaved work of designers that are gone: which copy to restore, which to delete; the rest stay. */
    RecoveryAnswer askRecovery(List<RecoveryOffer> offers);
}
