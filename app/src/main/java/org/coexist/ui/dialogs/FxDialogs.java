package org.coexist.ui.dialogs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.coexist.export.ExportFormat;
import org.coexist.export.HandoutOptions;
import org.coexist.model.ProductVersion;
import org.coexist.rules.RuleDescriptor;
import org.coexist.ui.kernel.IconLibrary;
import org.coexist.ui.kernel.SourceLinks;
import org.coexist.ui.kernel.Texts;
import org.coexist.ui.files.RecoveryAnswer;
import org.coexist.ui.files.RecoveryOffer;

/** The real dialogs: JavaFX alerts and file choosers, owned by the main window. */
public final class FxDialogs implements Dialogs {
    static final String EXTENSION = ".coexist.json";
    private final Supplier<Window> owner;
    private final Texts texts;
    private final IconLibrary icons;
    private final Function<ProductVersion, String> labels;
    private final SourceLinks sources;

    /** Dialogs that name versions by their enum names and whose rule catalog opens nothing (tools, previews). */
    public FxDialogs(Supplier<Window> owner, Texts texts, IconLibrary icons) {
        this(owner, texts, icons, version -> version.name(), new SourceLinks(address -> { }));
    }

    /**
     * @param labels  a version's name as the user reads it ("Lync Server 2013")
     * @param sources opens the documents of the rule catalog
     */
    public FxDialogs(Supplier<Window> owner, Texts texts, IconLibrary icons,
                     Function<ProductVersion, String> labels, SourceLinks sources) {
        this.owner = owner;
        this.texts = texts;
        this.icons = icons;
        this.labels = labels;
        this.sources = sources;
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        ButtonType save = new ButtonType(texts.get("dialog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType(texts.get("dialog.unsaved.dontSave"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(texts.get("dialog.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, texts.get("dialog.unsaved.title"),
                texts.format("dialog.unsaved.header", documentName), texts.get("dialog.unsaved.content"));
        alert.getButtonTypes().setAll(save, dontSave, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) {
            return SaveChoice.SAVE;
        }
        return answer == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public Path chooseFileToOpen(Path initialDirectory) {
        FileChooser chooser = chooser(texts.get("dialog.open.title"), initialDirectory);
        File file = chooser.showOpenDialog(owner.get());
        return file == null ? null : file.toPath();
    }

    @Override
    public Path chooseFileToSave(String suggestedName, Path initialDirectory) {
        FileChooser chooser = chooser(texts.get("dialog.save.title"), initialDirectory);
        chooser.setInitialFileName(suggestedName + EXTENSION);
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return null;
        }
        // Some platforms drop the double extension the filter asks for; the format needs it.
        String name = file.getName();
        return name.endsWith(EXTENSION) ? file.toPath() : file.toPath().resolveSibling(stripJson(name) + EXTENSION);
    }

    @Override
    public Path chooseExportFile(ExportFormat format, String suggestedName, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("dialog.export.title." + format.extension()));
        String pattern = "*." + format.extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                texts.get("dialog.export.filter." + format.extension()), pattern));
        chooser.setInitialFileName(suggestedName + "." + format.extension());
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return null;
        }
        return ExportFormat.ofFileName(file.toPath()) == format ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + "." + format.extension());
    }

    @Override
    public PngChoice askPngOptions() {
        PngOptionsDialog dialog = new PngOptionsDialog(texts);
        own(dialog.getDialogPane(), dialog);
        return dialog.showAndWait().orElse(null);
    }

    @Override
    public HandoutOptions askHandoutOptions() {
        HandoutOptionsDialog dialog = new HandoutOptionsDialog(texts);
        own(dialog.getDialogPane(), dialog);
        return dialog.showAndWait().orElse(null);
    }

    private static String stripJson(String name) {
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }

    private FileChooser chooser(String title, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("dialog.fileFilter"),
                "*" + EXTENSION));
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return chooser;
    }

    @Override
    public void showError(String title, String header, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, title, header, null);
        // A wrapping label: file messages name paths and JSON locations that must not be clipped.
        Label content = new Label(message);
        content.setWrapText(true);
        // A label's preferred width is its unwrapped text: fix it, or one long message widens the dialog to
        // the screen.
        content.setPrefWidth(520);
        content.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefWidth(580);
        alert.showAndWait();
    }

    @Override
    public boolean askReloadChanged(String documentName, Path file) {
        return askTwoWays("dialog.changedOnDisk", documentName, file, "dialog.changedOnDisk.reload",
                "dialog.changedOnDisk.keep");
    }

    @Override
    public boolean askOverwriteChanged(String documentName, Path file) {
        return askTwoWays("dialog.overwriteChanged", documentName, file, "dialog.overwriteChanged.overwrite",
                "dialog.overwriteChanged.cancel");
    }

    /**
     * A warning with a yes button and a no button. Yes gives up someone's changes, so Enter and closing the
     * window answer no.
     */
    private boolean askTwoWays(String prefix, String documentName, Path file, String yesKey, String noKey) {
        ButtonType yes = new ButtonType(texts.get(yesKey), ButtonBar.ButtonData.OTHER);
        ButtonType no = new ButtonType(texts.get(noKey), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, texts.get(prefix + ".title"),
                texts.format(prefix + ".header", documentName), texts.format(prefix + ".content", file));
        alert.getButtonTypes().setAll(yes, no);
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().orElse(no) == yes;
    }

    @Override
    public RecoveryAnswer askRecovery(List<RecoveryOffer> offers) {
        RecoveryDialog dialog = new RecoveryDialog(texts, offers);
        own(dialog.getDialogPane(), dialog);
        return dialog.showAndWait().orElse(RecoveryAnswer.later());
    }

    @Override
    public void showRuleCatalog(List<RuleDescriptor> rules) {
        Alert alert = alert(Alert.AlertType.NONE, texts.get("dialog.rules.title"),
                texts.format("dialog.rules.header", rules.size()), null);
        alert.getButtonTypes().setAll(new ButtonType(texts.get("dialog.close"), ButtonBar.ButtonData.OK_DONE));
        alert.getDialogPane().setContent(new RuleCatalogTable(texts, sources, rules));
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public void showAbout() {
        Alert alert = alert(Alert.AlertType.NONE, texts.get("dialog.about.title"),
                texts.get("dialog.about.header"), texts.get("dialog.about.content"));
        alert.getButtonTypes().setAll(new ButtonType(texts.get("dialog.close"), ButtonBar.ButtonData.OK_DONE));
        Image app = icons.app();
        if (app != null) {
            ImageView view = new ImageView(app);
            view.setFitWidth(48);
            view.setFitHeight(48);
            alert.setGraphic(view);
        }
        alert.showAndWait();
    }

    @Override
    public List<Path> chooseFilesToImport(Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("dialog.import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(texts.get("dialog.import.filter"), "*.tbxml", "*.xml", "*.zip",
                        "*.txt", "*.csv", "*.clixml"),
                new FileChooser.ExtensionFilter(texts.get("dialog.import.filter.all"), "*.*"));
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public ProductVersion askAssumedVersion(List<String> servers, List<ProductVersion> choices) {
        Map<String, ProductVersion> byLabel = new LinkedHashMap<>();
        choices.forEach(version -> byLabel.put(labels.apply(version), version));
        List<String> names = List.copyOf(byLabel.keySet());
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.get(names.size() - 1), names);
        own(dialog.getDialogPane(), dialog);
        dialog.setTitle(texts.get("dialog.importVersion.title"));
        dialog.setHeaderText(texts.get("dialog.importVersion.header"));
        dialog.setContentText(texts.format("dialog.importVersion.content", String.join(", ", servers)));
        return dialog.showAndWait().map(byLabel::get).orElse(null);
    }

    @Override
    public ImportTarget askImportTarget() {
        ButtonType fresh = new ButtonType(texts.get("dialog.importTarget.new"), ButtonBar.ButtonData.YES);
        ButtonType add = new ButtonType(texts.get("dialog.importTarget.add"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(texts.get("dialog.importTarget.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, texts.get("dialog.importTarget.title"),
                texts.get("dialog.importTarget.header"), texts.get("dialog.importTarget.content"));
        alert.getButtonTypes().setAll(fresh, add, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == fresh ? ImportTarget.NEW_DOCUMENT : answer == add ? ImportTarget.ADD_FOREST
                : ImportTarget.CANCEL;
    }

    @Override
    public void showImportSummary(String header, List<String> lines) {
        Alert alert = alert(Alert.AlertType.INFORMATION, texts.get("dialog.importSummary.title"), header, null);
        TextArea area = new TextArea(String.join("\n", lines));
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(680, 360);
        alert.getDialogPane().setContent(area);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public Path chooseDeploymentFile(Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("dialog.compare.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(texts.get("dialog.compare.filter"), "*.json", "*.tbxml", "*.xml",
                        "*.zip", "*.txt", "*.csv", "*.clixml"),
                new FileChooser.ExtensionFilter(texts.get("dialog.import.filter.all"), "*.*"));
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        File file = chooser.showOpenDialog(owner.get());
        return file == null ? null : file.toPath();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content) {
        Alert alert = new Alert(type);
        own(alert.getDialogPane(), alert);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(content);
        return alert;
    }

    /** Owned by the main window, styled like it (and in its font, which Chinese needs), with the app's icon. */
    private void own(DialogPane pane, Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
            if (window.getScene() != null) {
                pane.getStylesheets().addAll(window.getScene().getStylesheets());
                pane.setStyle(window.getScene().getRoot().getStyle());
            }
        }
        if (icons.app() != null && pane.getScene().getWindow() instanceof Stage stage) {
            stage.getIcons().add(icons.app());
        }
        pane.getStyleClass().add("cx-dialog");
    }
}
