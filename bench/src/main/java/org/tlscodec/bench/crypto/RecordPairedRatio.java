package org.tlscodec.bench.crypto;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A second opinion next to JMH for a loaded machine, as {@code org.tlscodec.bench.PairedRatio} is for
 * the codecs: the very benchmark methods of {@link RecordProtectionBenchmark}, ours and the baseline,
 * run in one JVM in interleaved slices of a few milliseconds (A B B A), so both see the same load;
 * each round gives a throughput ratio ours / baseline, and the median of the rounds is reported with
 * its quartiles. A slice is timed by the thread's CPU time, not the wall clock: on a machine whose
 * cores are shared by more runnable threads than they can hold, a wall-clock slice also counts the
 * time the thread waited for a core, which has nothing to do with the code measured.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.tlscodec.bench.crypto.RecordPairedRatio [rounds] [suite...]}
 */
public final class RecordPairedRatio {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static volatile Object sink = new Object();

    private RecordPairedRatio() {
    }

    public static void main(String[] args) throws GeneralSecurityException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String[] suites = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : RecordCase.SUITES.toJavaArray(String[]::new);
        for (String suite : suites) {
            RecordProtectionBenchmark bench = new RecordProtectionBenchmark();
            bench.suite = suite;
            bench.setUp();
            for (boolean seal : new boolean[] {true, false}) {
                measure(bench, suite, seal, rounds);
            }
        }
    }

    private static void measure(RecordProtectionBenchmark bench, String suite, boolean seal, int rounds)
            throws GeneralSecurityException {
        // Warm both sides up together, then size a slice to about 5 ms of the baseline's CPU time.
        long warmUntil = System.nanoTime() + 5_000_000_000L;
        int slice = 16;
        while (System.nanoTime() < warmUntil) {
            ours(bench, seal, slice);
            baseline(bench, seal, slice);
        }
        long perOp = Math.max(1, baseline(bench, seal, 64) / 64);
        slice = (int) Math.max(4, 5_000_000L / perOp);
        double[] ratios = new double[rounds];
        double[] a = new double[rounds];
        double[] b = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long a1 = ours(bench, seal, slice);
            long b1 = baseline(bench, seal, slice);
            long b2 = baseline(bench, seal, slice);
            long a2 = ours(bench, seal, slice);
            a[r] = (a1 + a2) / (2.0 * slice);
            b[r] = (b1 + b2) / (2.0 * slice);
            ratios[r] = b[r] / a[r];
        }
        Arrays.sort(ratios);
        Arrays.sort(a);
        Arrays.sort(b);
        System.out.printf(Locale.ROOT, "%-38s %s: RecordProtection median %.0f CPU ns/op, JCA baseline %.0f CPU ns/op;"
                        + " throughput ratio median %.2f (quartiles %.2f..%.2f) over %d rounds of %d ops%n",
                suite, seal ? "seal" : "open", median(a), median(b), median(ratios), ratios[rounds / 4],
                ratios[3 * rounds / 4], rounds, slice);
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static long ours(RecordProtectionBenchmark bench, boolean seal, int n) {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            sink = seal ? bench.sealRecordProtection() : bench.openRecordProtection();
        }
        return THREADS.getCurrentThreadCpuTime() - start;
    }

    private static long baseline(RecordProtectionBenchmark bench, boolean seal, int n) throws GeneralSecurityException {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            sink = seal ? bench.sealJcaBaseline() : bench.openJcaBaseline();
        }
        return THREADS.getCurrentThreadCpuTime() - start;
    }
}
