package org.coexist.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the temporary files of atomic saves, {@code .<name>.coexist-tmp-<pid>-<n>}, and removes those a crashed
 * save left behind. Only this pattern is touched, and only when stale: its process is gone and it has not been
 * written for a minute (a designer on another machine may share the folder, where the pid means nothing), or it
 * has not been written for a quarter of an hour (pids are reused). A save in progress writes its file within
 * seconds, so it is never taken for stale.
 */
final class SaveTempFiles {
    /** Most file systems limit a name to 255 bytes (ext4, XFS, APFS, NTFS counts UTF-16 units, fewer). */
    static final int NAME_LIMIT_BYTES = 255;
    static final String MARKER = ".coexist-tmp-";
    private static final Pattern TEMP_NAME = Pattern.compile("\\..*" + Pattern.quote(MARKER) + "(\\d+)-\\d+");
    static final Duration GONE_PROCESS_GRACE = Duration.ofMinutes(1);
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);

    private final long pid = ProcessHandle.current().pid();
    private final Supplier<Instant> clock;
    private final AtomicLong counter = new AtomicLong();

    SaveTempFiles(Supplier<Instant> clock) {
        this.clock = clock;
    }

    /** The next temporary name for the target, never over the name limit: a long name is shortened. */
    Path next(Path target) {
        String suffix = MARKER + pid + "-" + counter.getAndIncrement();
        String name = target.getFileName().toString();
        int room = NAME_LIMIT_BYTES - 1 - suffix.length();
        return target.resolveSibling("." + prefixWithin(name, room) + suffix);
    }

    /** The longest prefix of the name, whole code points, that fits in the bytes in UTF-8. */
    static String prefixWithin(String name, int bytes) {
        int used = 0;
        int end = 0;
        while (end < name.length()) {
            int codePoint = name.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > bytes) {
                break;
            }
            used += size;
            end += Character.charCount(codePoint);
        }
        return name.substring(0, end);
    }

    /** Removes the stale temporary files of saves in the folder; returns how many. Never fails a save. */
    int removeStale(Path folder) {
        int removed = 0;
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(folder, ".*" + MARKER + "*")) {
            for (Path candidate : candidates) {
                if (isStale(candidate) && Files.deleteIfExists(candidate)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Leftovers cost disk space only; the save itself has succeeded.
        }
        return removed;
    }

    boolean isStale(Path candidate) throws IOException {
        Matcher name = TEMP_NAME.matcher(candidate.getFileName().toString());
        if (!name.matches() || !Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        FileTime written = Files.getLastModifiedTime(candidate, LinkOption.NOFOLLOW_LINKS);
        Duration idle = Duration.between(written.toInstant(), clock.get());
        if (idle.compareTo(ABANDONED_AFTER) >= 0) {
            return true;
        }
        return idle.compareTo(GONE_PROCESS_GRACE) >= 0 && !isAlive(name.group(1));
    }

    private static boolean isAlive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
