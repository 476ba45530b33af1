package org.tlscodec.bench.session;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Locale;
import org.tlscodec.bench.Interleaved;

/**
 * A second opinion next to JMH for a loaded machine, like the other {@code *PairedRatio} classes:
 * the two benchmark methods of {@link CaptureDecryptionBenchmark} in one JVM, interleaved A B B A,
 * one operation (the whole capture) a slice, the median of the rounds' throughput ratios (library /
 * baseline) with quartiles. Each slice is timed by three clocks:
 *
 * <ul>
 *   <li>the thread's CPU time, as {@link Interleaved} does: waiting for a core is not counted;</li>
 *   <li>the process's CPU time: the same, plus the work of the garbage collector's threads, which the
 *       thread's time leaves out; the library allocates a few times the capture's size an operation
 *       and the baseline about its size, so this is the fairer clock when the machine is quiet
 *       enough that the JIT's threads are idle (after the warm-up);</li>
 *   <li>wall time, which counts the waits for a core on a shared machine.</li>
 * </ul>
 *
 * <p>{@code java -Xms4g -Xmx4g -cp bench/target/benchmarks.jar org.tlscodec.bench.session.CapturePairedRatio [rounds] [megabytes] [segment]}
 */
public final class CapturePairedRatio {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static volatile Object sink = new Object();

    private CapturePairedRatio() {
    }

    public static void main(String[] args) throws GeneralSecurityException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        CaptureDecryptionBenchmark bench = new CaptureDecryptionBenchmark();
        bench.megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        bench.segment = args.length > 2 ? Integer.parseInt(args[2]) : LargeCaptureGenerator.ETHERNET_MSS;
        bench.setUp();
        System.out.println(bench.capture());
        Interleaved.Side library = n -> {
            for (int i = 0; i < n; i++) {
                sink = bench.library();
            }
        };
        Interleaved.Side baseline = n -> {
            try {
                for (int i = 0; i < n; i++) {
                    sink = bench.jcaBaseline();
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
        long warmUntil = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            library.run(1);
            baseline.run(1);
        }
        String[] clocks = {"thread CPU", "process CPU", "wall"};
        double[][] ours = new double[3][rounds];
        double[][] theirs = new double[3][rounds];
        double[][] ratios = new double[3][rounds];
        for (int r = 0; r < rounds; r++) {
            long[] a1 = time(library);
            long[] b1 = time(baseline);
            long[] b2 = time(baseline);
            long[] a2 = time(library);
            for (int c = 0; c < 3; c++) {
                ours[c][r] = (a1[c] + a2[c]) / 2.0;
                theirs[c][r] = (b1[c] + b2[c]) / 2.0;
                ratios[c][r] = theirs[c][r] / ours[c][r];
            }
        }
        double mb = bench.capture().plaintextBytes() / 1e6;
        for (int c = 0; c < 3; c++) {
            Arrays.sort(ours[c]);
            Arrays.sort(theirs[c]);
            Arrays.sort(ratios[c]);
            double a = ours[c][rounds / 2];
            double b = theirs[c][rounds / 2];
            System.out.printf(Locale.ROOT, "%-11s: library median %.1f ms/op (%.0f MB/s), JCA baseline %.1f ms/op (%.0f MB/s);"
                            + " throughput ratio median %.3f (quartiles %.3f..%.3f) over %d rounds%n",
                    clocks[c], a / 1e6, mb / (a / 1e9), b / 1e6, mb / (b / 1e9), ratios[c][rounds / 2], ratios[c][rounds / 4],
                    ratios[c][3 * rounds / 4], rounds);
        }
    }

    /** One operation of {@code side}: its thread CPU, process CPU and wall nanoseconds. */
    private static long[] time(Interleaved.Side side) {
        long wall = System.nanoTime();
        long process = OS.getProcessCpuTime();
        long thread = THREADS.getCurrentThreadCpuTime();
        side.run(1);
        return new long[] {THREADS.getCurrentThreadCpuTime() - thread, OS.getProcessCpuTime() - process, System.nanoTime() - wall};
    }
}
