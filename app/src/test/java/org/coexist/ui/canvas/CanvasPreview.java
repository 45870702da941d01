package org.coexist.ui.canvas;

import javafx.application.Application;
import javafx.stage.Stage;
import org.coexist.ui.kernel.Document;

/**
 * Shows the canvas on the fixture's document (or, with the argument "large", a generated 2,000-element one) to
 * look at it: {@code xvfb-run -a java -cp ... org.coexist.ui.canvas.CanvasPreview}.
 */
public final class CanvasPreview {

    private CanvasPreview() {
    }

    /** The JavaFX application; the outer class is the main class so the classpath launch works. */
    public static final class App extends Application {
    @Override
    public void start(Stage stage) {
        CanvasFixture fixture = new CanvasFixture();
        boolean large = getParameters().getRaw().contains("large");
        Document document = large
                ? new Document(new org.coexist.bench.TopologyGenerator(fixture.catalog, 7).generate(2000), null,
                        fixture.context.engine())
                : fixture.document();
        fixture.context.documentProperty().set(document);
        DiagramCanvas canvas = new DiagramCanvas(fixture.context);
        stage.setScene(CanvasFixture.styledScene(canvas, 1280, 800));
        stage.setTitle("Canvas preview");
        stage.show();
        if (getParameters().getRaw().contains("error")) {
            fixture.context.execute(fixture.context.edits().setKind(document.topology(), CanvasFixture.HOMED,
                    org.coexist.model.LinkKind.BACKEND_STORE));
            fixture.context.selection().select(java.util.List.of(CanvasFixture.POOL, CanvasFixture.SQL));
        }
        if (getParameters().getRaw().contains("fit")) {
            javafx.application.Platform.runLater(canvas::zoomToFit);
        }
    }

    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
