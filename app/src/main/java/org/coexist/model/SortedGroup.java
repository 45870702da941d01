package org.coexist.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Elements kept in the order of their serial numbers (their place in their forest): arrays, so that reading a
 * group touches two blocks of memory, not a tree of entries. Groups are small (a forest's elements of one version
 * or type); insertions and removals shift the tail.
 */
final class SortedGroup {
    private Element[] elements = new Element[4];
    private long[] serials = new long[4];
    private int size;

    int size() {
        return size;
    }

    void put(long serial, Element element) {
        // Placed last in its forest: the usual case, while a file is read.
        int at = size == 0 || serial > serials[size - 1] ? -size - 1 : Arrays.binarySearch(serials, 0, size, serial);
        if (at >= 0) {
            elements[at] = element;
            return;
        }
        int insert = -at - 1;
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, size * 2);
            serials = Arrays.copyOf(serials, size * 2);
        }
        System.arraycopy(elements, insert, elements, insert + 1, size - insert);
        System.arraycopy(serials, insert, serials, insert + 1, size - insert);
        elements[insert] = element;
        serials[insert] = serial;
        size++;
    }

    void remove(long serial) {
        int at = Arrays.binarySearch(serials, 0, size, serial);
        if (at < 0) {
            return;
        }
        System.arraycopy(elements, at + 1, elements, at, size - at - 1);
        System.arraycopy(serials, at + 1, serials, at, size - at - 1);
        size--;
        elements[size] = null;
    }

    Element first(Predicate<Element> test) {
        for (int i = 0; i < size; i++) {
            if (test.test(elements[i])) {
                return elements[i];
            }
        }
        return null;
    }

    List<Element> toList() {
        List<Element> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(elements[i]);
        }
        return list;
    }

    /** The elements of the first {@code count} groups that pass the test (all, for null), in the order of their serials. */
    static List<Element> merged(SortedGroup[] groups, int count, Predicate<Element> test) {
        int total = 0;
        for (int g = 0; g < count; g++) {
            total += groups[g].size;
        }
        List<Element> result = new ArrayList<>(total);
        int[] next = new int[count];
        for (int taken = 0; taken < total; taken++) {
            int first = -1;
            long least = Long.MAX_VALUE;
            for (int g = 0; g < count; g++) {
                SortedGroup group = groups[g];
                if (next[g] < group.size && group.serials[next[g]] < least) {
                    least = group.serials[next[g]];
                    first = g;
                }
            }
            Element element = groups[first].elements[next[first]++];
            if (test == null || test.test(element)) {
                result.add(element);
            }
        }
        return result;
    }
}
