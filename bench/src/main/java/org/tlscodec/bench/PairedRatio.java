package org.tlscodec.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import org.tlscodec.bench.baseline.HandParser;
import org.tlscodec.bench.baseline.HandWriter;
import org.tlscodec.bench.synthetic.Handshake;
import org.tlscodec.bench.synthetic.Samples;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * A second opinion for a noisy, shared machine, next to JMH: the combinators and the baseline run
 * in one JVM in short interleaved slices (A B B A), and each round's ratio is taken from slices a
 * few milliseconds apart, so both sides see the same load. The median of the rounds' ratios is
 * reported with its quartiles. JMH's ratio compares forks run minutes apart, whose load differs.
 *
 * Slices are timed by the thread's CPU time, which does not grow while other processes have the core.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.tlscodec.bench.PairedRatio decode|encode [sample] [rounds]}
 */
public final class PairedRatio {
    private static volatile Object sink = new Object();

    private static final Codec<Handshake> CODEC = Handshake.CODEC;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static Handshake value = Samples.classic();
    private static Bytes wire = Bytes.empty();
    private static byte[] wireArray = new byte[0];

    private PairedRatio() {
    }

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "decode";
        String sample = args.length > 1 ? args[1] : "classic";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        value = Samples.named(sample);
        wire = Handshake.CODEC.encode(value).get();
        wireArray = wire.toArray();
        boolean decode = what.equals("decode");
        int slice = 2_000;

        // Warm both sides up together, as the measurement will run them.
        long warmUntil = System.nanoTime() + 8_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            combinators(decode, slice);
            handWritten(decode, slice);
        }
        double[] ratios = new double[rounds];
        double[] a = new double[rounds];
        double[] b = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long a1 = combinators(decode, slice);
            long b1 = handWritten(decode, slice);
            long b2 = handWritten(decode, slice);
            long a2 = combinators(decode, slice);
            a[r] = (a1 + a2) / (2.0 * slice);
            b[r] = (b1 + b2) / (2.0 * slice);
            ratios[r] = a[r] / b[r];
        }
        Arrays.sort(ratios);
        Arrays.sort(a);
        Arrays.sort(b);
        System.out.printf(Locale.ROOT, "%s %s: combinators median %.0f ns/op, hand-written median %.0f ns/op;"
                        + " ratio median %.2f (quartiles %.2f..%.2f) over %d rounds%n",
                what, sample, median(a), median(b), median(ratios), ratios[rounds / 4], ratios[3 * rounds / 4], rounds);
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    /** Nanoseconds for {@code n} operations with the combinators. */
    private static long combinators(boolean decode, int n) {
        long start = THREADS.getCurrentThreadCpuTime();
        if (decode) {
            for (int i = 0; i < n; i++) {
                sink = CODEC.decode(wire);
            }
        } else {
            for (int i = 0; i < n; i++) {
                sink = CODEC.encode(value);
            }
        }
        return THREADS.getCurrentThreadCpuTime() - start;
    }

    /** Nanoseconds for {@code n} operations by hand: zero-copy decode, encode to Bytes. */
    private static long handWritten(boolean decode, int n) {
        long start = THREADS.getCurrentThreadCpuTime();
        if (decode) {
            for (int i = 0; i < n; i++) {
                sink = HandParser.parse(ByteBuffer.wrap(wireArray), wire);
            }
        } else {
            for (int i = 0; i < n; i++) {
                sink = HandWriter.write(value);
            }
        }
        return THREADS.getCurrentThreadCpuTime() - start;
    }
}
