package org.coexist.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * A clock, in nanoseconds, that runs while the calling thread computes or the JVM collects garbage, and stands
 * still while the thread waits for a processor. On a machine shared with other busy processes, wall time measures
 * the others: a 40-microsecond edit that happens to lose its processor takes 20 milliseconds of wall time. This
 * clock measures the work of the edit and the collections it causes, which is what the edit costs on a machine
 * of one's own. Garbage collection time is counted whole, in the collectors' milliseconds.
 */
public final class WorkClock implements LongSupplier {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();

    private WorkClock() {
    }

    /** The work clock of the calling thread, or null when the JVM cannot measure a thread's processor time. */
    public static WorkClock ofCurrentThread() {
        WorkClock clock = new WorkClock();
        if (!clock.threads.isCurrentThreadCpuTimeSupported()) {
            return null;
        }
        if (!clock.threads.isThreadCpuTimeEnabled()) {
            clock.threads.setThreadCpuTimeEnabled(true);
        }
        return clock;
    }

    @Override
    public long getAsLong() {
        long collecting = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            collecting += Math.max(0, collector.getCollectionTime());
        }
        return threads.getCurrentThreadCpuTime() + collecting * 1_000_000;
    }
}
