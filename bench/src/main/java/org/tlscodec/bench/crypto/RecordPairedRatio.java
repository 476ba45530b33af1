package org.tlscodec.bench.crypto;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Locale;
import org.tlscodec.bench.Interleaved;

/**
 * A second opinion next to JMH for a loaded machine: the very benchmark methods of
 * {@link RecordProtectionBenchmark}, ours and the baseline, measured by {@link Interleaved} (one JVM,
 * interleaved slices timed by CPU time); each round gives a throughput ratio ours / baseline.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.tlscodec.bench.crypto.RecordPairedRatio [rounds] [suite...]}
 */
public final class RecordPairedRatio {
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

    private static void measure(RecordProtectionBenchmark bench, String suite, boolean seal, int rounds) {
        Interleaved.Side ours = n -> {
            for (int i = 0; i < n; i++) {
                sink = seal ? bench.sealRecordProtection() : bench.openRecordProtection();
            }
        };
        Interleaved.Side baseline = n -> {
            try {
                for (int i = 0; i < n; i++) {
                    sink = seal ? bench.sealJcaBaseline() : bench.openJcaBaseline();
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
        // A slice of about 5 ms of the baseline's CPU time, found after a short warm-up.
        for (int i = 0; i < 200; i++) {
            ours.run(4);
            baseline.run(4);
        }
        long perOp = Math.max(1, Interleaved.cpuNanos(baseline, 64) / 64);
        int slice = (int) Math.max(4, 5_000_000L / perOp);
        Interleaved.Result r = Interleaved.measure(ours, baseline, slice, rounds, 5_000_000_000L).inverse();
        System.out.printf(Locale.ROOT, "%-38s %s: RecordProtection median %.0f CPU ns/op, JCA baseline %.0f CPU ns/op;"
                        + " throughput ratio median %.2f (quartiles %.2f..%.2f) over %d rounds of %d ops%n",
                suite, seal ? "seal" : "open", r.nanosA(), r.nanosB(), r.ratio(), r.lowerQuartile(),
                r.upperQuartile(), r.rounds(), slice);
    }
}
