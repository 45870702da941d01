package org.coexist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where each platform keeps the recovery copies of a user. */
class RecoveryFolderTest {
    private static final String HOME = Path.of("/home/ana").toAbsolutePath().toString();

    @Test
    void linuxUsesTheXdgStateFolder() {
        assertEquals(Path.of(HOME, ".local", "state", "coexist", "recovery"),
                RecoveryFolder.resolve(null, "Linux", Map.of(), HOME));
        String state = Path.of("/var/state/ana").toAbsolutePath().toString();
        assertEquals(Path.of(state, "coexist", "recovery"),
                RecoveryFolder.resolve(null, "Linux", Map.of("XDG_STATE_HOME", state), HOME));
    }

    @Test
    void aRelativeXdgStateHomeIsIgnoredAsTheSpecificationSays() {
        assertEquals(Path.of(HOME, ".local", "state", "coexist", "recovery"),
                RecoveryFolder.resolve(null, "Linux", Map.of("XDG_STATE_HOME", "state"), HOME));
    }

    @Test
    void windowsUsesLocalAppData() {
        String local = Path.of("/Users/ana/AppData/Local").toAbsolutePath().toString();
        assertEquals(Path.of(local, "Coexist", "Recovery"),
                RecoveryFolder.resolve(null, "Windows 11", Map.of("LOCALAPPDATA", local), HOME));
        assertEquals(Path.of(HOME, "AppData", "Local", "Coexist", "Recovery"),
                RecoveryFolder.resolve(null, "Windows 11", Map.of(), HOME));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of(HOME, "Library", "Application Support", "Coexist", "Recovery"),
                RecoveryFolder.resolve(null, "Mac OS X", Map.of("XDG_STATE_HOME", "/ignored"), HOME));
    }

    @Test
    void theSystemPropertyWins() {
        assertEquals(Path.of("target", "recovery"),
                RecoveryFolder.resolve("target/recovery", "Linux", Map.of("XDG_STATE_HOME", "/x"), HOME));
    }
}
