package org.coexist.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What one forest holds, as the topology keeps it ({@link Topology#contentsOf}): its elements in the forest's order,
 * and the same by version and by type, so that a rule about what a forest holds reads the few elements it is
 * about. Each element has a serial number from the moment it was placed in the forest; the groups keep that order
 * whatever versions an element had before. Read it at once: it changes with the topology. Lists are copies.
 */
public final class ForestContents {
    /** A forest that holds nothing. */
    static final ForestContents NONE = new ForestContents();

    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final SortedGroup[] byVersion = new SortedGroup[ProductVersion.values().length];
    private final SortedGroup[] byType = new SortedGroup[ElementType.values().length];
    private long nextSerial;
    /** Per version and link kind, how many of the forest's elements of that version start a link of that kind. */
    private final int[] starting = new int[ProductVersion.values().length * LinkKind.values().length];
    /**
     * The ids of the forest's elements upgraded in place: the source of an UPGRADES_IN_PLACE link to another
     * element of their family (the "before" drawing of one deployment): few, kept by the topology's index as
     * links and versions change, so that rules counting a forest's versions search no links.
     */
    private final Set<String> upgraded = new HashSet<>(4);
    /** Per version, how many of the forest's server elements ({@link ElementType#isServerElement}) have it. */
    private final int[] servers = new int[ProductVersion.values().length];

    /** An element of the forest and its place there. */
    private static final class Slot {
        private final long serial;
        private Element element;

        Slot(long serial, Element element) {
            this.serial = serial;
            this.element = element;
        }
    }

    /** Notes that elements of the version now start (delta 1) or no longer start (-1) links of these kinds. */
    void countStarting(ProductVersion version, int kinds, int delta) {
        for (LinkKind kind : LinkKind.values()) {
            if ((kinds & (1 << kind.ordinal())) != 0) {
                starting[version.ordinal() * LinkKind.values().length + kind.ordinal()] += delta;
            }
        }
    }

    /** Whether an element of that version in the forest starts a link of that kind. */
    public boolean starts(ProductVersion version, LinkKind kind) {
        return starting[version.ordinal() * LinkKind.values().length + kind.ordinal()] > 0;
    }

    /** How many of the forest's server elements have that version: counted as they come and go. */
    public int servers(ProductVersion version) {
        return servers[version.ordinal()];
    }

    /**
     * Whether the element, one of the forest's, is upgraded in place: the source of an UPGRADES_IN_PLACE link to
     * another element of its own family (a link to another family is no upgrade, only a link-kind error).
     */
    public boolean isUpgradedInPlace(Element element) {
        return !upgraded.isEmpty() && upgraded.contains(element.id());
    }

    void setUpgraded(String elementId, boolean isUpgraded) {
        if (isUpgraded) {
            upgraded.add(elementId);
        } else {
            upgraded.remove(elementId);
        }
    }

    /** The first element of that version, in the forest's order, that passes the test; null if none. */
    public Element first(ProductVersion version, Predicate<Element> test) {
        SortedGroup group = byVersion[version.ordinal()];
        return group == null ? null : group.first(test);
    }

    /**
     * The first element of that version and type, in the forest's order, that passes the test; null if none. Walks
     * the smaller of the two groups.
     */
    public Element first(ProductVersion version, ElementType type, Predicate<Element> test) {
        SortedGroup ofVersion = byVersion[version.ordinal()];
        SortedGroup ofType = byType[type.ordinal()];
        if (ofVersion == null || ofType == null) {
            return null;
        }
        return ofType.size() < ofVersion.size()
                ? ofType.first(element -> element.version() == version && test.test(element))
                : ofVersion.first(element -> element.type() == type && test.test(element));
    }

    boolean isEmpty() {
        return slots.isEmpty();
    }

    /** Places the element last in the forest's order. */
    void add(Element element) {
        long serial = nextSerial++;
        slots.put(element.id(), new Slot(serial, element));
        group(byVersion, element.version().ordinal()).put(serial, element);
        group(byType, element.type().ordinal()).put(serial, element);
        countServer(element, 1);
    }

    private void countServer(Element element, int delta) {
        if (element.type().isServerElement()) {
            servers[element.version().ordinal()] += delta;
        }
    }

    /** Replaces an element that stays in the forest; it keeps its place. */
    void replace(Element old, Element now) {
        Slot slot = slots.get(now.id());
        slot.element = now;
        if (old.version() != now.version()) {
            remove(byVersion, old.version().ordinal(), slot.serial);
            countServer(old, -1);
            countServer(now, 1);
        }
        group(byVersion, now.version().ordinal()).put(slot.serial, now);
        byType[now.type().ordinal()].put(slot.serial, now);
    }

    void remove(Element element) {
        Slot slot = slots.remove(element.id());
        upgraded.remove(element.id());
        if (slot != null) {
            remove(byVersion, element.version().ordinal(), slot.serial);
            remove(byType, element.type().ordinal(), slot.serial);
            countServer(element, -1);
        }
    }

    public List<Element> elements() {
        List<Element> list = new ArrayList<>(slots.size());
        for (Slot slot : slots.values()) {
            list.add(slot.element);
        }
        return list;
    }

    public List<Element> elements(ProductVersion version) {
        SortedGroup group = byVersion[version.ordinal()];
        return group == null ? new ArrayList<>(0) : group.toList();
    }

    public List<Element> elements(ElementType type) {
        SortedGroup group = byType[type.ordinal()];
        return group == null ? new ArrayList<>(0) : group.toList();
    }

    public List<Element> elements(Set<ProductVersion> versions) {
        return elements(versions, null);
    }

    /** The elements of these versions that pass the test (all, for null), in the forest's order. */
    public List<Element> elements(Set<ProductVersion> versions, Predicate<Element> test) {
        SortedGroup[] groups = new SortedGroup[versions.size()];
        int count = 0;
        for (ProductVersion version : versions) {
            SortedGroup group = byVersion[version.ordinal()];
            if (group != null) {
                groups[count++] = group;
            }
        }
        return SortedGroup.merged(groups, count, test);
    }

    private static SortedGroup group(SortedGroup[] groups, int index) {
        SortedGroup group = groups[index];
        if (group == null) {
            group = new SortedGroup();
            groups[index] = group;
        }
        return group;
    }

    private static void remove(SortedGroup[] groups, int index, long serial) {
        SortedGroup group = groups[index];
        if (group != null) {
            group.remove(serial);
            if (group.size() == 0) {
                groups[index] = null;
            }
        }
    }
}
