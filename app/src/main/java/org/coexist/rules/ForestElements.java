package org.coexist.rules;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import org.coexist.model.Element;
import org.coexist.model.Topology;

/**
 * The elements of one forest, listed only when a forest rule first reads them: most forest rules ask the
 * topology for the few elements of a version or type instead, and re-checking a forest after an edit should cost
 * what those rules read, not the size of the forest.
 */
final class ForestElements extends AbstractList<Element> implements RandomAccess {
    private final Topology topology;
    private final String forestId;
    private List<Element> elements;

    ForestElements(Topology topology, String forestId) {
        this.topology = topology;
        this.forestId = forestId;
    }

    private List<Element> elements() {
        if (elements == null) {
            elements = topology.elementsIn(forestId);
        }
        return elements;
    }

    @Override
    public Element get(int index) {
        return elements().get(index);
    }

    @Override
    public int size() {
        return elements().size();
    }

    @Override
    public Iterator<Element> iterator() {
        return elements().iterator();
    }
}
