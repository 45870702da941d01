package org.coexist.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.coexist.rules.RuleDescriptor;
import org.coexist.ui.dialogs.Dialogs;

/** Answers the window's questions from a script and records what it was asked, instead of blocking. */
final class ScriptedDialogs implements Dialogs {
    final Deque<SaveChoice> saveAnswers = new ArrayDeque<>();
    final Deque<Path> filesToOpen = new ArrayDeque<>();
    final Deque<Path> filesToSave = new ArrayDeque<>();
    final List<String> askedToSave = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<List<RuleDescriptor>> ruleCatalogsShown = new ArrayList<>();

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        askedToSave.add(documentName);
        if (saveAnswers.isEmpty()) {
            throw new AssertionError("unexpected question: save changes to " + documentName + "?");
        }
        return saveAnswers.poll();
    }

    @Override
    public Path chooseFileToOpen(Path initialDirectory) {
        return filesToOpen.poll();
    }

    @Override
    public Path chooseFileToSave(String suggestedName, Path initialDirectory) {
        return filesToSave.poll();
    }

    @Override
    public void showError(String title, String header, String message) {
        errors.add(message);
    }

    @Override
    public void showRuleCatalog(List<RuleDescriptor> rules) {
        ruleCatalogsShown.add(rules);
    }

    @Override
    public void showAbout() {
        // Nothing to answer: the about box only informs.
    }
}
