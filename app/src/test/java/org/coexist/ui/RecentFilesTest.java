package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.coexist.ui.files.RecentFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
    private final Preferences node = Preferences.userRoot().node("org/coexist/test/recent" + System.nanoTime());

    @AfterEach
    void cleanUp() throws BackingStoreException {
        node.removeNode();
        node.flush();
    }

    @Test
    void keepsTheTenNewestWithoutDuplicatesAcrossSessions() {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 0; i < 12; i++) {
            recent.remember(Path.of("/designs/t" + i + ".coexist.json"));
        }
        recent.remember(Path.of("/designs/t5.coexist.json"));

        RecentFiles nextSession = new RecentFiles(node);
        assertEquals(RecentFiles.LIMIT, nextSession.files().size());
        assertEquals(Path.of("/designs/t5.coexist.json").toAbsolutePath(), nextSession.files().get(0));
        assertEquals(Path.of("/designs/t11.coexist.json").toAbsolutePath(), nextSession.files().get(1));
        assertEquals(Path.of("/designs/t2.coexist.json").toAbsolutePath(), nextSession.files().get(9),
                "t0 and t1 fell off the end");
        assertEquals(1, nextSession.files().stream().filter(p -> p.endsWith("t5.coexist.json")).count());
    }
}
