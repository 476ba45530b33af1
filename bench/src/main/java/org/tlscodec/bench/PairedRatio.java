package org.tlscodec.bench;

import java.nio.ByteBuffer;
import java.util.Locale;
import org.tlscodec.bench.baseline.HandParser;
import org.tlscodec.bench.baseline.HandWriter;
import org.tlscodec.bench.synthetic.Handshake;
import org.tlscodec.bench.synthetic.Samples;
import org.tlscodec.codec.Bytes;

/**
 * The synthetic ClientHello's ratios measured by {@link Interleaved}: the combinators against the
 * hand-written parser (zero-copy) or writer, in one JVM, in interleaved slices timed by CPU time.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.tlscodec.bench.PairedRatio decode|encode [sample] [rounds]}
 */
public final class PairedRatio {
    private static volatile Object sink = new Object();

    private PairedRatio() {
    }

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "decode";
        String sample = args.length > 1 ? args[1] : "classic";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Handshake value = Samples.named(sample);
        Bytes wire = Handshake.CODEC.encode(value).get();
        byte[] wireArray = wire.toArray();
        Interleaved.Result r = what.equals("decode")
                ? Interleaved.measure(
                        n -> { for (int i = 0; i < n; i++) { sink = Handshake.CODEC.decode(wire); } },
                        n -> { for (int i = 0; i < n; i++) { sink = HandParser.parse(ByteBuffer.wrap(wireArray), wire); } },
                        2_000, rounds, 8_000_000_000L)
                : Interleaved.measure(
                        n -> { for (int i = 0; i < n; i++) { sink = Handshake.CODEC.encode(value); } },
                        n -> { for (int i = 0; i < n; i++) { sink = HandWriter.write(value); } },
                        2_000, rounds, 8_000_000_000L);
        System.out.printf(Locale.ROOT, "%s %s: combinators median %.0f ns/op, hand-written median %.0f ns/op;"
                        + " ratio median %.2f (quartiles %.2f..%.2f) over %d rounds%n",
                what, sample, r.nanosA(), r.nanosB(), r.ratio(), r.lowerQuartile(), r.upperQuartile(), r.rounds());
    }
}
