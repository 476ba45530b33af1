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

/**
 * The first flight of the server in the {@code tls12_ecdhe_rsa_aes128gcm} capture (four records,
 * 2,155 bytes: ServerHello, a two-certificate chain, an x25519 ServerKeyExchange signed with
 * rsa_pss_rsae_sha256, ServerHelloDone), decoded and encoded by {@link ServerFlight} (the library's
 * codecs) and by the hand-written baseline, to the same {@link ServerFlight} value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class Tls12ServerFlightBenchmark {
    private final Bytes wire = TlsInputs.tls12ServerFlight().getOrElseThrow(why -> new IllegalStateException(why));
    private final byte[] wireArray = wire.toArray();
    private final ServerFlight value = ServerFlight.decode(wire).get();

    @Setup
    public void setUp() {
        // A benchmark of two sides that disagree would measure nothing.
        if (!TlsHandParser.serverFlight(ByteBuffer.wrap(wireArray)).equals(value)
                || !TlsHandWriter.serverFlight(value).equals(wire) || !ServerFlight.encode(value).get().equals(wire)) {
            throw new IllegalStateException("the combinators and the baseline disagree on the server flight");
        }
    }

    /** The library's codecs through the public API; payloads are slices of the input. */
    @Benchmark
    public void decodeCombinators(Blackhole bh) {
        bh.consume(ServerFlight.decode(wire));
    }

    /** The baseline, every payload copied out with {@code Bytes.of}. */
    @Benchmark
    public void decodeHandWritten(Blackhole bh) {
        bh.consume(TlsHandParser.serverFlight(ByteBuffer.wrap(wireArray)));
    }

    /** The baseline with zero-copy slices of the input, like the combinators'. */
    @Benchmark
    public void decodeHandWrittenSharing(Blackhole bh) {
        bh.consume(TlsHandParser.serverFlight(ByteBuffer.wrap(wireArray), wire));
    }

    /** The library's codecs through the public API, answering an {@code Either<CodecError, Bytes>}. */
    @Benchmark
    public void encodeCombinators(Blackhole bh) {
        bh.consume(ServerFlight.encode(value));
    }

    /** The baseline answering {@code Bytes}: exact size, plus the copy {@code Bytes.of} forces. */
    @Benchmark
    public void encodeHandWritten(Blackhole bh) {
        bh.consume(TlsHandWriter.serverFlight(value));
    }
}
