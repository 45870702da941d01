package org.coexist.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.coexist.export.ExportFormat;
import org.coexist.export.HandoutOptions;
import org.coexist.model.ProductVersion;
import org.coexist.rules.RuleDescriptor;
import org.coexist.ui.dialogs.Dialogs;
import org.coexist.ui.dialogs.PngChoice;
import org.coexist.ui.files.RecoveryAnswer;
import org.coexist.ui.files.RecoveryOffer;

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
    final Deque<Boolean> reloadAnswers = new ArrayDeque<>();
    final List<Path> reloadAsked = new ArrayList<>();
    final Deque<Boolean> overwriteAnswers = new ArrayDeque<>();
    final List<Path> overwriteAsked = new ArrayList<>();
    /** Chooses among the copies offered; with none scripted, the user decides later. */
    final Deque<Function<List<RecoveryOffer>, RecoveryAnswer>> recoveryAnswers = new ArrayDeque<>();
    final List<List<RecoveryOffer>> recoveryOffered = new ArrayList<>();

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
    public boolean askReloadChanged(String documentName, Path file) {
        reloadAsked.add(file);
        return Boolean.TRUE.equals(reloadAnswers.poll());
    }

    @Override
    public boolean askOverwriteChanged(String documentName, Path file) {
        overwriteAsked.add(file);
        return Boolean.TRUE.equals(overwriteAnswers.poll());
    }

    @Override
    public RecoveryAnswer askRecovery(List<RecoveryOffer> offers) {
        recoveryOffered.add(List.copyOf(offers));
        Function<List<RecoveryOffer>, RecoveryAnswer> answer = recoveryAnswers.poll();
        return answer == null ? RecoveryAnswer.later() : answer.apply(offers);
    }

    @Override
    public void showRuleCatalog(List<RuleDescriptor> rules) {
        ruleCatalogsShown.add(rules);
    }

    final Deque<List<Path>> filesToImport = new ArrayDeque<>();
    final Deque<ProductVersion> assumedVersions = new ArrayDeque<>();
    final Deque<ImportTarget> importTargets = new ArrayDeque<>();
    final Deque<Path> deploymentFiles = new ArrayDeque<>();
    final List<List<String>> versionQuestions = new ArrayList<>();
    final List<String> summaryHeaders = new ArrayList<>();
    final List<List<String>> summaries = new ArrayList<>();

    @Override
    public List<Path> chooseFilesToImport(Path initialDirectory) {
        return filesToImport.isEmpty() ? List.of() : filesToImport.poll();
    }

    @Override
    public ProductVersion askAssumedVersion(List<String> servers, List<ProductVersion> choices) {
        versionQuestions.add(servers);
        return assumedVersions.poll();
    }

    @Override
    public ImportTarget askImportTarget() {
        if (importTargets.isEmpty()) {
            throw new AssertionError("unexpected question: where should the import go?");
        }
        return importTargets.poll();
    }

    @Override
    public void showImportSummary(String header, List<String> lines) {
        summaryHeaders.add(header);
        summaries.add(lines);
    }

    @Override
    public Path chooseDeploymentFile(Path initialDirectory) {
        return deploymentFiles.poll();
    }

    @Override
    public void showAbout() {
        // Nothing to answer: the about box only informs.
    }
}
