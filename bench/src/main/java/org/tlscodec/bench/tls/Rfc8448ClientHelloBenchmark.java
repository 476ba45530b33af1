package org.tlscodec.bench.tls;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.Handshake;
import org.tlscodec.tls.handshake.HandshakeMessage;

/**
 * The ClientHello of RFC 8448 section 3 (196 bytes, nine typed extensions), decoded and encoded by
 * {@link Handshake#codec} and by the hand-written baseline, to the same {@link ClientHello} value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class Rfc8448ClientHelloBenchmark {
    private final Codec<HandshakeMessage> codec = Handshake.codec(WireContext.initial());
    private final Bytes wire = TlsInputs.rfc8448ClientHello().getOrElseThrow(why -> new IllegalStateException(why));
    private final byte[] wireArray = wire.toArray();
    private final ClientHello value = (ClientHello) codec.decode(wire).get();

    @Setup
    public void setUp() {
        // A benchmark of two sides that disagree would measure nothing.
        if (!TlsHandParser.clientHello(ByteBuffer.wrap(wireArray)).equals(value)
                || !TlsHandWriter.clientHello(value).equals(wire) || !codec.encode(value).get().equals(wire)) {
            throw new IllegalStateException("the combinators and the baseline disagree on the RFC 8448 ClientHello");
        }
    }

    /** The public API: {@code decode(Bytes)} answering an {@code Either}; payloads are slices of the input. */
    @Benchmark
    public void decodeCombinators(Blackhole bh) {
        bh.consume(codec.decode(wire));
    }

    /** The baseline, every payload copied out with {@code Bytes.of}. */
    @Benchmark
    public void decodeHandWritten(Blackhole bh) {
        bh.consume(TlsHandParser.clientHello(ByteBuffer.wrap(wireArray)));
    }

    /** The baseline with zero-copy slices of the input, like the combinators'. */
    @Benchmark
    public void decodeHandWrittenSharing(Blackhole bh) {
        bh.consume(TlsHandParser.clientHello(ByteBuffer.wrap(wireArray), wire));
    }

    /** The public API: {@code encode(value)} answering an {@code Either<CodecError, Bytes>}. */
    @Benchmark
    public void encodeCombinators(Blackhole bh) {
        bh.consume(codec.encode(value));
    }

    /** The baseline answering {@code Bytes}: exact size, plus the copy {@code Bytes.of} forces. */
    @Benchmark
    public void encodeHandWritten(Blackhole bh) {
        bh.consume(TlsHandWriter.clientHello(value));
    }
}
