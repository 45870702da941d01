package org.coexist.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.coexist.export.ExportFormat;
import org.coexist.export.HandoutOptions;
import org.coexist.rules.RuleDescriptor;
import org.coexist.ui.dialogs.Dialogs;
import org.coexist.ui.dialogs.PngChoice;

/** Answers the window's questions from a script and records what it was asked, instead of blocking. */
final class ScriptedDialogs implements Dialogs {
    final Deque<SaveChoice> saveAnswers = new ArrayDeque<>();
    final Deque<Path> filesToOpen = new ArrayDeque<>();
    final Deque<Path> filesToSave = new ArrayDeque<>();
    final Deque<Path> exportFiles = new ArrayDeque<>();
    final Deque<PngChoice> pngChoices = new ArrayDeque<>();
    /** Handout answers; the room's edition on A4 when none is scripted. */
    final Deque<HandoutOptions> handoutChoices = new ArrayDeque<>();
    final List<ExportFormat> exportsAsked = new ArrayList<>();
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
    public Path chooseExportFile(ExportFormat format, String suggestedName, Path initialDirectory) {
        exportsAsked.add(format);
        return exportFiles.poll();
    }

    @Override
    public PngChoice askPngOptions() {
        return pngChoices.poll();
    }

    @Override
    public HandoutOptions askHandoutOptions() {
        return handoutChoices.isEmpty() ? HandoutOptions.ROOM_A4 : handoutChoices.poll();
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
