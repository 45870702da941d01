package org.coexist.io;

import java.time.Instant;
import java.util.Optional;

/**
 * The designer process that owns a recovery copy: its pid and, where the platform tells, when it started. The
 * start time tells a dead owner from a new process that was given the same pid since.
 *
 * @param started null when the platform does not say
 */
public record ProcessOwner(long pid, Instant started) {

    /** This process. */
    public static ProcessOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new ProcessOwner(self.pid(), self.info().startInstant().orElse(null));
    }

    /** Whether the owner still runs: its pid is alive and, when both start times are known, started then. */
    public boolean isAlive() {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        Optional<Instant> start = handle.get().info().startInstant();
        // Start times are read with different precision on some platforms: a second apart is the same process.
        return started == null || start.isEmpty()
                || Math.abs(start.get().toEpochMilli() - started.toEpochMilli()) < 1000;
    }
}
