package org.coexist.io;

import java.util.HashMap;
import java.util.Map;

/** Where each id of a file stands, kept as section and index so that paths are spelt out only for messages. */
final class IdPlaces {
    static final int FORESTS = 0;
    static final int ELEMENTS = 1;
    static final int LINKS = 2;
    static final int PHASES = 3;
    private static final String[] SECTIONS = {"forests", "elements", "links", "phases"};

    private final Map<String, Long> places;

    IdPlaces(int expected) {
        places = new HashMap<>(Math.max(16, expected * 4 / 3 + 1));
    }

    /** Records the id's place, refusing an id that already has one. */
    void claim(String id, int section, int index, String file) throws TopologyFileException {
        Long first = places.putIfAbsent(id, ((long) section << 32) | index);
        if (first != null) {
            throw new TopologyFileException(file, path(((long) section << 32) | index), "duplicate id "
                    + JsonText.quote(id) + ", already used at " + path(first), "an id used nowhere else in the file");
        }
    }

    /** "$.forests[1].id", or null when no such id was claimed. */
    String get(String id) {
        Long place = places.get(id);
        return place == null ? null : path(place);
    }

    private static String path(long place) {
        return "$." + SECTIONS[(int) (place >>> 32)] + "[" + (int) place + "].id";
    }
}
