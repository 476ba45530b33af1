package org.tlscodec.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * A ratio for a noisy, shared machine, next to JMH: two sides run in one JVM in short interleaved
 * slices (A B B A), each slice timed by the thread's CPU time, so both see the same load and time
 * spent waiting for a core is not counted; each round gives a ratio from slices milliseconds apart,
 * and the median of the rounds is reported with its quartiles. JMH's ratio compares forks run
 * minutes apart, whose load differs. Used by {@link PairedRatio}, {@code TlsPairedRatio} and
 * {@code RecordPairedRatio}.
 */
public final class Interleaved {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One side: {@code n} operations. */
    @FunctionalInterface
    public interface Side {
        void run(int n);
    }

    /**
     * Per-operation CPU times of the two sides (medians over the rounds) and the time ratio a / b
     * (median and quartiles over the rounds).
     */
    public record Result(double nanosA, double nanosB, double ratio, double lowerQuartile, double upperQuartile, int rounds) {
        /** The ratio the other way round, b / a: a throughput ratio of a against b. */
        public Result inverse() {
            return new Result(nanosA, nanosB, 1 / ratio, 1 / upperQuartile, 1 / lowerQuartile, rounds);
        }
    }

    private Interleaved() {
    }

    /** The CPU time this thread spends on {@code n} operations of {@code side}. */
    public static long cpuNanos(Side side, int n) {
        long start = THREADS.getCurrentThreadCpuTime();
        side.run(n);
        return THREADS.getCurrentThreadCpuTime() - start;
    }

    /** Warms both sides up together for {@code warmNanos} of wall time, then measures {@code rounds} rounds. */
    public static Result measure(Side a, Side b, int slice, int rounds, long warmNanos) {
        long warmUntil = System.nanoTime() + warmNanos;
        while (System.nanoTime() < warmUntil) {
            a.run(slice);
            b.run(slice);
        }
        double[] ratios = new double[rounds];
        double[] as = new double[rounds];
        double[] bs = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long a1 = cpuNanos(a, slice);
            long b1 = cpuNanos(b, slice);
            long b2 = cpuNanos(b, slice);
            long a2 = cpuNanos(a, slice);
            as[r] = (a1 + a2) / (2.0 * slice);
            bs[r] = (b1 + b2) / (2.0 * slice);
            ratios[r] = as[r] / bs[r];
        }
        Arrays.sort(ratios);
        Arrays.sort(as);
        Arrays.sort(bs);
        return new Result(as[rounds / 2], bs[rounds / 2], ratios[rounds / 2], ratios[rounds / 4], ratios[3 * rounds / 4], rounds);
    }
}
