package org.tlscodec.bench.tls;

import java.nio.ByteBuffer;
import java.util.Locale;
import org.tlscodec.bench.Interleaved;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.Handshake;
import org.tlscodec.tls.handshake.HandshakeMessage;

/**
 * The real-message ratios measured by {@link Interleaved}: the library's codecs and the
 * hand-written baseline in one JVM, in interleaved slices timed by the thread's CPU time; the
 * median of the rounds' ratios is printed with its quartiles. One comparison a JVM, as JMH forks.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.tlscodec.bench.tls.TlsPairedRatio
 * ch-decode|ch-encode|flight-decode|flight-encode [rounds]}; with a third argument {@code a} or
 * {@code b}, the second is a number of seconds to run only the combinators or only the baseline, for a profiler.
 */
public final class TlsPairedRatio {
    private static volatile Object sink = new Object();

    private TlsPairedRatio() {
    }

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "ch-decode";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Interleaved.Side[] sides = sides(what);
        int slice = what.startsWith("flight") ? 500 : 1_000;
        if (args.length > 2) {
            // For a profiler: run one side only ("a": the combinators, "b": the baseline) for that many seconds.
            Interleaved.Side only = args[2].equals("a") ? sides[0] : sides[1];
            long until = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
            while (System.nanoTime() < until) {
                only.run(slice);
            }
            return;
        }
        Interleaved.Result r = Interleaved.measure(sides[0], sides[1], slice, rounds, 8_000_000_000L);
        System.out.printf(Locale.ROOT, "%s: combinators median %.0f ns/op, hand-written median %.0f ns/op;"
                        + " ratio median %.2f (quartiles %.2f..%.2f) over %d rounds%n",
                what, r.nanosA(), r.nanosB(), r.ratio(), r.lowerQuartile(), r.upperQuartile(), r.rounds());
    }

    private static Interleaved.Side[] sides(String what) {
        Codec<HandshakeMessage> codec = Handshake.codec(WireContext.initial());
        Bytes hello = TlsInputs.rfc8448ClientHello().getOrElseThrow(why -> new IllegalStateException(why));
        byte[] helloArray = hello.toArray();
        ClientHello helloValue = (ClientHello) codec.decode(hello).get();
        Bytes flight = TlsInputs.tls12ServerFlight().getOrElseThrow(why -> new IllegalStateException(why));
        byte[] flightArray = flight.toArray();
        ServerFlight flightValue = ServerFlight.decode(flight).get();
        switch (what) {
            case "ch-decode":
                return new Interleaved.Side[] {
                    n -> { for (int i = 0; i < n; i++) { sink = codec.decode(hello); } },
                    n -> { for (int i = 0; i < n; i++) { sink = TlsHandParser.clientHello(ByteBuffer.wrap(helloArray), hello); } }};
            case "ch-encode":
                return new Interleaved.Side[] {
                    n -> { for (int i = 0; i < n; i++) { sink = codec.encode(helloValue); } },
                    n -> { for (int i = 0; i < n; i++) { sink = TlsHandWriter.clientHello(helloValue); } }};
            case "flight-decode":
                return new Interleaved.Side[] {
                    n -> { for (int i = 0; i < n; i++) { sink = ServerFlight.decode(flight); } },
                    n -> { for (int i = 0; i < n; i++) { sink = TlsHandParser.serverFlight(ByteBuffer.wrap(flightArray), flight); } }};
            case "flight-encode":
                return new Interleaved.Side[] {
                    n -> { for (int i = 0; i < n; i++) { sink = ServerFlight.encode(flightValue); } },
                    n -> { for (int i = 0; i < n; i++) { sink = TlsHandWriter.serverFlight(flightValue); } }};
            default:
                throw new IllegalArgumentException("ch-decode, ch-encode, flight-decode or flight-encode, not " + what);
        }
    }
}
