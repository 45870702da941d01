package org.coexist.ui.phases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.layout.Priority;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;
import org.coexist.rules.FindingsDelta;
import org.coexist.rules.FindingsListener;
import org.coexist.rules.LiveValidation;
import org.coexist.rules.Severity;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Document;
import org.coexist.ui.kernel.DocumentState;
import org.coexist.ui.kernel.Texts;

/**
 * The row above the canvas: "Whole design" and one chip per phase, each with its error and warning counts, so
 * that a plan with a broken step shows without clicking through; a phase that a plan rule names (Group Chat
 * retired too early) carries a mark whose tooltip says why. Clicking a chip shows that phase.
 */
public final class PhaseStrip extends HBox {
    private final DesignerContext context;
    private final Texts texts;
    private final ToggleGroup group = new ToggleGroup();
    private final Map<String, PhaseChip> chips = new LinkedHashMap<>();
    private final PhaseChip whole;
    private final PhaseCounter counter;
    private final Map<String, PhaseCounter.Counts> counts = new HashMap<>();
    private List<Phase> built = List.of();
    private final FindingsListener onDelta = this::findingsChanged;
    private LiveValidation watched;
    private Map<String, List<Finding>> plan = Map.of();
    private Consumer<Map<String, List<Finding>>> onPlan = byPhase -> { };

    public PhaseStrip(DesignerContext context, DocumentState state) {
        this.context = context;
        this.texts = context.texts();
        getStyleClass().add("phase-strip");
        setId("phase-strip");
        setAlignment(Pos.CENTER_LEFT);
        // Never wider than the canvas under it: chips give way and what is left over is clipped, so that a long
        // phase name shown in full does not push the palette and the inspector narrower.
        setMinWidth(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        this.counter = new PhaseCounter(context.engine(), this::countsArrived);
        whole = new PhaseChip(null, texts.get("phases.whole"), group);
        // The way back to the whole design is never squeezed; phase names give way instead.
        whole.setMinWidth(USE_PREF_SIZE);
        whole.setOnAction(e -> choose(null));
        // The whole design's counts are the document's live ones: no need to wait for them.
        state.changesProperty().addListener((obs, old, now) -> refresh());
        context.phaseProperty().addListener((obs, old, now) -> selectChip());
        context.scope().findingsWithheldProperty().addListener((obs, was, is) -> {
            refresh();
            counts.forEach((id, c) -> showCounts(chips.get(id), c.errors(), c.warnings()));
        });
        refresh();
    }

    /** A chip's counts, unless the findings are withheld (a trainee's exercise): then none. */
    private void showCounts(PhaseChip chip, long errors, long warnings) {
        if (chip == null) {
            return;
        }
        if (context.scope().findingsWithheldProperty().get()) {
            chip.withholdCounts();
        } else {
            chip.setCounts(errors, warnings, texts);
        }
    }

    private void choose(String phaseId) {
        context.phaseProperty().set(phaseId);
        // A toggle clicked while selected would deselect itself: the chip of the shown phase stays on.
        selectChip();
    }

    private void refresh() {
        Document document = context.document();
        if (document == null) {
            return;
        }
        Topology topology = document.topology();
        if (!topology.phases().equals(built)) {
            rebuild(topology.phases());
        }
        LiveValidation live = document.validation();
        showCounts(whole, live.count(Severity.ERROR), live.count(Severity.WARNING));
        watch(live);
        showPlan();
        counter.request(topology);
        setVisible(!topology.phases().isEmpty());
        setManaged(!topology.phases().isEmpty());
    }

    /** Follows the whole design's findings, where plan rules report: they change with any edit of the phases. */
    private void watch(LiveValidation live) {
        if (watched != live) {
            if (watched != null) {
                watched.removeListener(onDelta);
            }
            watched = live;
            live.addListener(onDelta);
        }
    }

    private void findingsChanged(FindingsDelta delta) {
        if (delta.added().stream().anyMatch(Finding::isAboutPlan)
                || delta.removed().stream().anyMatch(Finding::isAboutPlan)) {
            showPlan();
        }
    }

    private void showPlan() {
        // An exercise's trainee sees no findings, plan marks included, until checking.
        plan = context.scope().findingsWithheldProperty().get() ? Map.of() : PlanMarks.byPhase(watched);
        chips.forEach((id, chip) -> chip.setPlan(plan.get(id), texts));
        onPlan.accept(plan);
    }

    /** Told the plan findings by phase whenever the strip shows them anew (the phases panel marks its rows). */
    public void setOnPlanShown(Consumer<Map<String, List<Finding>>> listener) {
        onPlan = listener;
        listener.accept(plan);
    }

    private void rebuild(List<Phase> phases) {
        built = List.copyOf(phases);
        chips.clear();
        List<javafx.scene.Node> children = new ArrayList<>();
        children.add(whole);
        int number = 1;
        for (Phase phase : phases) {
            PhaseChip chip = new PhaseChip(phase.id(), texts.format("phases.chip", number++, phase.name()), group);
            chip.setOnAction(e -> choose(phase.id()));
            PhaseCounter.Counts known = counts.get(phase.id());
            if (known != null) {
                showCounts(chip, known.errors(), known.warnings());
            }
            HBox.setHgrow(chip, Priority.SOMETIMES);
            chips.put(phase.id(), chip);
            children.add(chip);
        }
        getChildren().setAll(children);
        selectChip();
    }

    private void countsArrived(Map<String, PhaseCounter.Counts> arrived) {
        counts.clear();
        counts.putAll(arrived);
        arrived.forEach((id, c) -> {
            showCounts(chips.get(id), c.errors(), c.warnings());
        });
    }

    private void selectChip() {
        String phaseId = context.phaseProperty().get();
        PhaseChip chip = phaseId == null ? whole : chips.get(phaseId);
        group.selectToggle(chip == null ? whole : chip);
        // The phase shown is read in full (up to the chip's widest); the others give way to it.
        chips.values().forEach(c -> c.setMinWidth(c == chip ? USE_PREF_SIZE : PhaseChip.MIN_WIDTH));
    }

    /** The counts shown on a phase's chip (null: the whole design), or null before they are known. */
    public long[] shownCounts(String phaseId) {
        PhaseChip chip = phaseId == null ? whole : chips.get(phaseId);
        return chip == null ? null : chip.counts();
    }

    /** The plan findings marked on a phase's chip (none when the phase has no mark). */
    public List<Finding> shownPlan(String phaseId) {
        return plan.getOrDefault(phaseId, List.of());
    }

    /** Whether counts are still being worked out (tests wait until they are not). */
    public boolean isCounting() {
        return counter.isBusy();
    }

    /** One chip: the phase's number and name, then its error and warning counts. */
    private static final class PhaseChip extends ToggleButton {
        static final double MIN_WIDTH = 70;
        /** Two lines of the 12 px chip text. */
        private static final double NAME_HEIGHT = 30;
        private final Label name = new Label();
        private final Label errors = new Label();
        private final Label warnings = new Label();
        private final Label clean = new Label("\u2713");
        private final String phaseId;
        private final HBox content;
        private long[] counts;
        private String countsText;
        private Label planMark;
        private List<Finding> planShown;

        PhaseChip(String phaseId, String text, ToggleGroup group) {
            this.phaseId = phaseId;
            setId(phaseId == null ? "phase-chip-whole" : "phase-chip-" + phaseId);
            getStyleClass().add("phase-chip");
            setToggleGroup(group);
            setFocusTraversable(false);
            setMnemonicParsing(false);
            name.setText(text);
            setTooltip(new Tooltip(text));
            name.getStyleClass().add("phase-chip-name");
            name.setMinWidth(30);
            // Long phase names ("Deploy the Lync Server 2013 pool side by side") take two lines before eliding.
            // The strip is laid out at the chips' one-line heights, so the label asks for its two lines itself.
            name.setWrapText(true);
            name.setMinHeight(NAME_HEIGHT);
            name.setPrefHeight(NAME_HEIGHT);
            name.setMaxHeight(NAME_HEIGHT);
            errors.getStyleClass().addAll("phase-count", "errors");
            warnings.getStyleClass().addAll("phase-count", "warnings");
            errors.setMinWidth(Label.USE_PREF_SIZE);
            warnings.setMinWidth(Label.USE_PREF_SIZE);
            clean.getStyleClass().add("phase-clean");
            clean.setMinWidth(Label.USE_PREF_SIZE);
            show(errors, false);
            show(warnings, false);
            show(clean, false);
            content = new HBox(name, errors, warnings, clean);
            content.setAlignment(Pos.CENTER_LEFT);
            content.getStyleClass().add("phase-chip-content");
            setGraphic(content);
            setMinWidth(MIN_WIDTH);
            setMaxWidth(250);
        }

        void setCounts(long e, long w, Texts texts) {
            counts = new long[] {e, w};
            errors.setText(Long.toString(e));
            warnings.setText(Long.toString(w));
            // Only what needs attention takes room: a clean phase gets a small tick.
            show(errors, e > 0);
            show(warnings, w > 0);
            show(clean, e == 0 && w == 0);
            countsText = name.getText() + "\n" + texts.format("status.errors", e) + ", "
                    + texts.format("status.warnings", w);
            describe();
        }

        /** Marks the chip with the plan findings that name its phase, or takes the mark off (null). */
        void setPlan(List<Finding> findings, Texts texts) {
            if (java.util.Objects.equals(findings, planShown)) {
                return;
            }
            planShown = findings;
            if (planMark != null) {
                content.getChildren().remove(planMark);
                planMark = null;
            }
            if (findings != null) {
                planMark = PlanMarks.mark("phase-plan-" + phaseId, findings, texts);
                content.getChildren().add(1, planMark);
            }
            describe();
        }

        private void describe() {
            String said = countsText == null ? name.getText() : countsText;
            if (planMark != null) {
                said += "\n" + planMark.getTooltip().getText();
            }
            setAccessibleText(said);
            setTooltip(planMark == null ? new Tooltip(said) : PlanMarks.tooltip(said));
        }

        /** No counts and no tooltip saying them. */
        void withholdCounts() {
            counts = null;
            show(errors, false);
            show(warnings, false);
            show(clean, false);
            setAccessibleText(name.getText());
            setTooltip(new Tooltip(name.getText()));
        }

        private static void show(Label label, boolean shown) {
            label.setVisible(shown);
            label.setManaged(shown);
        }

        long[] counts() {
            return counts == null ? null : counts.clone();
        }
    }
}
