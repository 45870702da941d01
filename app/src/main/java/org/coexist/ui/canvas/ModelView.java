package org.coexist.ui.canvas;

import java.util.List;
import javafx.scene.Node;
import org.coexist.rules.Finding;

/** The view of one model object (forest, element or link), known to the registry by the object's id. */
interface ModelView {

    String id();

    Node node();

    void setSelected(boolean selected);

    /** Shows these findings (empty: none) as highlight, badge and tooltip. */
    void showFindings(List<Finding> findings);
}
