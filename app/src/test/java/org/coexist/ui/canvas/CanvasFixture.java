package org.coexist.ui.canvas;

import java.util.Locale;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.coexist.io.CatalogReader;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.rules.ValidationEngine;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Document;
import org.coexist.ui.kernel.IconLibrary;
import org.coexist.ui.kernel.Texts;

/** A designer context and a small, realistic document made in code, for canvas tests and the preview. */
final class CanvasFixture {
    static final String CONTOSO = "f1";
    static final String FABRIKAM = "f2";
    static final String POOL = "pool";
    static final String ARCHIVING = "arch";
    static final String MONITORING = "mon";
    static final String SQL = "sql";
    static final String CLIENTS = "clients";
    static final String ADMIN = "admin";
    static final String OLD_POOL = "ocsPool";
    static final String OLD_SQL = "oldSql";
    static final String HOMED = "l1";
    static final String BACKEND = "l2";

    final Catalog catalog;
    final DesignerContext context;

    CanvasFixture() {
        catalog = CatalogReader.readBundled();
        ValidationEngine engine = new ValidationEngine(catalog);
        context = new DesignerContext(catalog, engine, new Texts(Locale.ENGLISH), new IconLibrary(catalog));
    }

    Document document() {
        Topology topology = new Topology("Contoso coexistence");
        topology.addForest(new Forest(CONTOSO, "contoso.local", 40, 40, 900, 560));
        topology.addForest(new Forest(FABRIKAM, "fabrikam.local", 1000, 40, 560, 560));
        add(topology, POOL, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, "pool01.contoso.local", CONTOSO,
                null, 80, 100, 400, 240);
        add(topology, ARCHIVING, ElementType.ARCHIVING_SERVER, ProductVersion.LYNC_2013, "arch01", CONTOSO, POOL,
                100, 180, 0, 0);
        add(topology, MONITORING, ElementType.MONITORING_SERVER, ProductVersion.LYNC_2013, "mon01", CONTOSO, POOL,
                290, 180, 0, 0);
        add(topology, SQL, ElementType.SQL_INSTANCE, ProductVersion.SQL_2012, "sql01\\lyncbackend", CONTOSO, null,
                640, 120, 0, 0);
        add(topology, CLIENTS, ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013,
                "Lync 2013 clients, headquarters and branch offices", CONTOSO, null, 640, 320, 0, 0);
        add(topology, ADMIN, ElementType.ADMIN_TOOLS, ProductVersion.LYNC_2013, "admin01", CONTOSO, null, 100, 440,
                0, 0);
        add(topology, OLD_POOL, ElementType.FRONT_END_POOL, ProductVersion.OCS_2007_R2, "ocspool.fabrikam.local",
                FABRIKAM, null, 1040, 100, 0, 0);
        add(topology, OLD_SQL, ElementType.SQL_INSTANCE, ProductVersion.SQL_2008, "sql02\\ocs", FABRIKAM, null,
                1040, 400, 0, 0);
        topology.addLink(new Link(HOMED, LinkKind.HOMED_ON, CLIENTS, POOL));
        topology.addLink(new Link(BACKEND, LinkKind.BACKEND_STORE, POOL, SQL));
        topology.addLink(new Link("l3", LinkKind.ARCHIVES_TO, POOL, ARCHIVING));
        topology.addLink(new Link("l4", LinkKind.MANAGES, ADMIN, SQL));
        topology.addLink(new Link("l5", LinkKind.MIGRATES_TO, OLD_POOL, POOL));
        topology.addLink(new Link("l6", LinkKind.BACKEND_STORE, OLD_POOL, OLD_SQL));
        return new Document(topology, null, context.engine());
    }

    /** A scene holding the canvas, styled as the application styles it. */
    static Scene styledScene(DiagramCanvas canvas, double width, double height) {
        Scene scene = new Scene((Parent) canvas.node(), width, height);
        scene.getStylesheets().add(DiagramCanvas.class.getResource("/org/coexist/ui/coexist.css").toExternalForm());
        return scene;
    }

    /** Shows the canvas at the screen's top left, at the size the tests' robot coordinates assume. */
    static void showAtTopLeft(Stage stage, DiagramCanvas canvas) {
        stage.setScene(styledScene(canvas, 1200, 760));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private static void add(Topology topology, String id, ElementType type, ProductVersion version, String name,
                            String forest, String parent, double x, double y, double width, double height) {
        topology.addElement(new Element(id, type, version, name, forest, parent, x, y, width, height, Map.of(),
                Map.of()));
    }
}
