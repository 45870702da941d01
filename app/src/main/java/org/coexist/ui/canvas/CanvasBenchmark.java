package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.coexist.io.CatalogReader;
import org.coexist.model.Element;
import org.coexist.model.LinkKind;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.edit.Command;
import org.coexist.rules.ValidationEngine;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Document;
import org.coexist.ui.kernel.IconLibrary;
import org.coexist.ui.kernel.Texts;

/**
 * Measures the canvas on a generated 2,000-element topology: opening it, then single-element moves and new links
 * at actual size, Zoom to Fit, the same edits at the fitted zoom, the way back to full detail (zooming in to the
 * overview's threshold), on to actual size, and Zoom Out step by step from there. Each change runs at the start of a pulse; "pulse" is the time to the
 * end of that pulse's layout (command, listeners, live validation, CSS, layout), "frame" the time to the start of
 * the next pulse, after the frame was handed to the renderer (it includes the wait for the next vsync tick).
 * Prints one JSON line. Run under Xvfb, or headless with the Monocle properties of the test configuration.
 */
public final class CanvasBenchmark {
    private static final int WARM_UP = 20;
    /** Zoom Out steps from actual size: 1 to 0.8, 0.64 (full detail), then the overview down to 0.05. */
    private static final int ZOOM_OUT_STEPS = 8;
    /** Measured runs per kind of edit; {@code -Dbench.runs=N} shortens a run on a busy machine. */
    private final int runs = Integer.getInteger("bench.runs", 200);
    private final Catalog catalog = CatalogReader.readBundled();
    private final Random random = new Random(42);
    private DesignerContext context;
    private Scene scene;
    private DiagramCanvas canvas;

    private CanvasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        try {
            System.out.println(new CanvasBenchmark().run());
        } finally {
            Platform.exit();
        }
        System.exit(0);
    }

    private String run() throws Exception {
        Topology topology = new org.coexist.bench.TopologyGenerator(catalog, 7).generate(2000);
        onFx(() -> {
            context = new DesignerContext(catalog, new ValidationEngine(catalog), new Texts(Locale.ENGLISH),
                    new IconLibrary(catalog));
            canvas = new DiagramCanvas(context);
            scene = new Scene((Parent) canvas.node(), 1280, 800);
            scene.getStylesheets().add(
                    DiagramCanvas.class.getResource("/org/coexist/ui/coexist.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return null;
        });
        double[] open = measure(() -> context.documentProperty().set(
                new Document(topology, null, context.engine())));
        StringBuilder json = new StringBuilder(String.format(Locale.ROOT,
                "{\"elements\":%d,\"links\":%d,\"open_ms\":%.1f,\"open_frame_ms\":%.1f",
                topology.elements().size(), topology.links().size(), open[0], open[1]));
        editRuns(topology, "zoom1", json);
        double[] fit = measure(canvas::zoomToFit);
        json.append(String.format(Locale.ROOT, ",\"fit_zoom\":%.3f,\"fit_ms\":%.1f,\"fit_frame_ms\":%.1f",
                onFx(() -> canvas.zoomProperty().get()), fit[0], fit[1]));
        hold("fit");
        editRuns(topology, "fit", json);
        double[] detail = measure(() -> canvas.zoomProperty().set(OverviewLayer.THRESHOLD));
        double[] back = measure(canvas::actualSize);
        double[] out = new double[ZOOM_OUT_STEPS];
        for (int i = 0; i < out.length; i++) {
            out[i] = measure(canvas::zoomOut)[1];
        }
        json.append(String.format(Locale.ROOT, ",\"threshold_frame_ms\":%.1f,\"actual_size_frame_ms\":%.1f,"
                + "\"zoom_out_steps_frame_ms\":%s,\"runs\":%d}", detail[1], back[1], steps(out), runs));
        return json.toString();
    }

    /**
     * With {@code -Dbench.hold=SECONDS}, keeps the fitted diagram on screen that long so it can be looked at
     * (a screenshot of the Xvfb display); says on stderr when it starts.
     */
    private static void hold(String what) throws InterruptedException {
        long seconds = Long.getLong("bench.hold", 0);
        if (seconds > 0) {
            System.err.println("holding " + what + " for " + seconds + " s");
            TimeUnit.SECONDS.sleep(seconds);
        }
    }

    /** Moves and new links at the zoom shown now; appends their percentiles under the prefix. */
    private void editRuns(Topology topology, String prefix, StringBuilder json) throws Exception {
        List<Element> movable = topology.elements().stream()
                .filter(e -> !catalog.spec(e.type()).container()).toList();
        double[][] moves = repeat(() -> {
            Element element = topology.element(movable.get(random.nextInt(movable.size())).id());
            double dx = element.x() % 40 == 0 ? 20 : -20;
            return () -> context.execute(context.edits().move(topology, List.of(element.id()), dx, 0));
        });
        List<Element> all = new ArrayList<>(topology.elements());
        double[][] links = repeat(() -> {
            while (true) {
                Element from = all.get(random.nextInt(all.size()));
                List<Element> neighbours = topology.elementsIn(from.forest());
                Element to = neighbours.get(random.nextInt(neighbours.size()));
                LinkKind kind = catalog.proposedKind(from, to);
                if (kind != null) {
                    Command command = context.edits().connect(topology, from.id(), to.id(), kind);
                    return () -> context.execute(command);
                }
            }
        });
        json.append(String.format(Locale.ROOT, ",\"%1$s_move_pulse_p50_ms\":%2$.2f,\"%1$s_move_pulse_p99_ms\":%3$.2f,"
                        + "\"%1$s_move_frame_p50_ms\":%4$.2f,\"%1$s_move_frame_p99_ms\":%5$.2f,"
                        + "\"%1$s_link_pulse_p50_ms\":%6$.2f,\"%1$s_link_pulse_p99_ms\":%7$.2f,"
                        + "\"%1$s_link_frame_p50_ms\":%8$.2f,\"%1$s_link_frame_p99_ms\":%9$.2f",
                prefix, percentile(moves[0], 50), percentile(moves[0], 99), percentile(moves[1], 50),
                percentile(moves[1], 99), percentile(links[0], 50), percentile(links[0], 99),
                percentile(links[1], 50), percentile(links[1], 99)));
    }

    /** Warm-up runs, then runs measured ones: [pulse times, frame times]. */
    private double[][] repeat(Supplier<Runnable> changes) throws Exception {
        for (int i = 0; i < Math.min(WARM_UP, runs); i++) {
            measure(onFx(changes::get));
        }
        double[] pulse = new double[runs];
        double[] frame = new double[runs];
        for (int i = 0; i < runs; i++) {
            Runnable change = onFx(changes::get);
            double[] times = measure(change);
            pulse[i] = times[0];
            frame[i] = times[1];
        }
        return new double[][] {pulse, frame};
    }

    /** Runs the change at the start of a pulse; returns ms to the end of its layout and to the next pulse. */
    private double[] measure(Runnable change) throws Exception {
        CompletableFuture<double[]> result = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                long start = System.nanoTime();
                change.run();
                Runnable[] afterLayout = new Runnable[1];
                afterLayout[0] = () -> {
                    long laidOut = System.nanoTime();
                    scene.removePostLayoutPulseListener(afterLayout[0]);
                    new AnimationTimer() {
                        @Override
                        public void handle(long next) {
                            stop();
                            result.complete(new double[] {(laidOut - start) / 1e6, (System.nanoTime() - start) / 1e6});
                        }
                    }.start();
                };
                scene.addPostLayoutPulseListener(afterLayout[0]);
            }
        }.start());
        return result.get(60, TimeUnit.SECONDS);
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static String steps(double[] times) {
        StringBuilder list = new StringBuilder("[");
        for (double time : times) {
            list.append(list.length() > 1 ? "," : "").append(String.format(Locale.ROOT, "%.0f", time));
        }
        return list.append("]").toString();
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
