package org.coexist.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the designer keeps recovery copies of unsaved work: the per-user state folder of the platform. Linux and
 * other Unix: {@code $XDG_STATE_HOME/coexist/recovery} (by default {@code ~/.local/state/coexist/recovery});
 * Windows: {@code %LOCALAPPDATA%\Coexist\Recovery}; macOS: {@code ~/Library/Application Support/Coexist/Recovery}.
 * The system property {@value #PROPERTY} puts it elsewhere (the tests put it under {@code target/}).
 */
public final class RecoveryFolder {
    public static final String PROPERTY = "coexist.recovery.dir";

    private RecoveryFolder() {
    }

    /** The folder for this user on this machine, or the one the system property names. */
    public static Path forThisUser() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home"));
    }

    /**
     * @param override the system property's value, or null
     * @param env      the environment variables
     */
    public static Path resolve(String override, String osName, Map<String, String> env, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = isAbsolute(local) ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve("Coexist").resolve("Recovery");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Coexist", "Recovery");
        }
        // The XDG base directory specification: a relative value is invalid and must be ignored.
        String state = env.get("XDG_STATE_HOME");
        Path base = isAbsolute(state) ? Path.of(state) : Path.of(home, ".local", "state");
        return base.resolve("coexist").resolve("recovery");
    }

    private static boolean isAbsolute(String path) {
        return path != null && !path.isBlank() && Path.of(path).isAbsolute();
    }
}
