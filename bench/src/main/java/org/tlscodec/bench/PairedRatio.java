package org.tlscodec.bench;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import org.tlscodec.bench.baseline.HandParser;
import org.tlscodec.bench.baseline.HandWriter;
import org.tlscodec.bench.prototype.PrototypeCodecs;
import org.tlscodec.bench.synthetic.Handshake;
import org.tlscodec.bench.synthetic.Samples;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * A second opinion for a noisy, shared machine, next to JMH: the combinators and the baseline run
 * in one JVM in short interleaved slices (A B B A), and each round's ratio is taken from slices a
 * few milliseconds apart, so both sides see the same load. The median of the rounds' ratios is
 * reported with its quartiles. JMH's ratio compares forks run minutes apart, whose load differs.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.tlscodec.bench.PairedRatio decode|encode [sample] [rounds] [prototype]}
 * where {@code prototype} ({@code all}, {@code select}, ...) measures a {@link PrototypeCodecs} variant instead of the core;
 * a {@code -sized} suffix ({@code core-sized}, {@code all-sized}) encodes into a writer of the final size, as an encode with a
 * size hint would, handing on the writer where the core would call its O(1) {@code finish()}.
 */
public final class PairedRatio {
    private static volatile Object sink = new Object();

    private static Codec<Handshake> codec = Handshake.CODEC;
    private static int sizeHint;
    private static Handshake value = Samples.classic();
    private static Bytes wire = Bytes.empty();
    private static byte[] wireArray = new byte[0];

    private PairedRatio() {
    }

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "decode";
        String sample = args.length > 1 ? args[1] : "classic";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        String variant = args.length > 3 ? args[3] : "core";
        String codecName = variant.endsWith("-sized") ? variant.substring(0, variant.length() - "-sized".length()) : variant;
        if (!codecName.equals("core")) {
            codec = PrototypeCodecs.handshake(PrototypeCodecs.named(codecName));
        }
        value = Samples.named(sample);
        wire = Handshake.CODEC.encode(value).get();
        wireArray = wire.toArray();
        sizeHint = variant.endsWith("-sized") ? wire.size() : 0;
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
        System.out.printf(Locale.ROOT, "%s %s: combinators (%s) median %.0f ns/op, hand-written median %.0f ns/op;"
                        + " ratio median %.2f (quartiles %.2f..%.2f) over %d rounds%n",
                what, sample, variant, median(a), median(b), median(ratios), ratios[rounds / 4], ratios[3 * rounds / 4], rounds);
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    /** Nanoseconds for {@code n} operations with the combinators. */
    private static long combinators(boolean decode, int n) {
        long start = System.nanoTime();
        if (decode) {
            for (int i = 0; i < n; i++) {
                sink = codec.decode(wire);
            }
        } else if (sizeHint == 0) {
            for (int i = 0; i < n; i++) {
                sink = codec.encode(value);
            }
        } else {
            for (int i = 0; i < n; i++) {
                ByteWriter out = new ByteWriter(sizeHint);
                codec.write(out, value);
                sink = out;
            }
        }
        return System.nanoTime() - start;
    }

    /** Nanoseconds for {@code n} operations by hand: zero-copy decode, encode to Bytes. */
    private static long handWritten(boolean decode, int n) {
        long start = System.nanoTime();
        if (decode) {
            for (int i = 0; i < n; i++) {
                sink = HandParser.parse(ByteBuffer.wrap(wireArray), wire);
            }
        } else {
            for (int i = 0; i < n; i++) {
                sink = HandWriter.write(value);
            }
        }
        return System.nanoTime() - start;
    }
}
