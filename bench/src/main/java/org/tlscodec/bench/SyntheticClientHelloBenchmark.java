package org.tlscodec.bench;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tlscodec.bench.baseline.HandParser;
import org.tlscodec.bench.baseline.HandWriter;
import org.tlscodec.bench.synthetic.Handshake;
import org.tlscodec.bench.synthetic.Samples;
import org.tlscodec.codec.Bytes;

/**
 * Decoding and encoding the synthetic ClientHello with the combinators and with the hand-written
 * baseline, on the same sample, in one run, so the ratios between them mean something on a noisy
 * machine. The defaults are modest; see bench/README.md for the command and the results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SyntheticClientHelloBenchmark {

    /** {@code classic}: 512 bytes, 18 extensions; {@code postQuantum}: about 1.5 KB with an ML-KEM key share. */
    @Param({"classic", "postQuantum"})
    public String sample = "classic";

    private Handshake value = Samples.classic();
    private Bytes wire = Bytes.empty();
    private byte[] wireArray = new byte[0];

    @Setup
    public void setUp() {
        value = Samples.named(sample);
        wire = Handshake.CODEC.encode(value).get();
        wireArray = wire.toArray();
        // A benchmark of two parsers that disagree would measure nothing.
        if (!HandParser.parse(ByteBuffer.wrap(wireArray)).equals(Handshake.CODEC.decode(wire).get())
                || !HandWriter.write(value).equals(wire)) {
            throw new IllegalStateException("the combinators and the baseline disagree on " + sample);
        }
    }

    /** The public API: {@code decode(Bytes)}, answering an {@code Either}; payloads are slices of the input. */
    @Benchmark
    public void decodeCombinators(Blackhole bh) {
        bh.consume(Handshake.CODEC.decode(wire));
    }

    /** The baseline as its public-API user would write it: every payload copied out with {@code Bytes.of}. */
    @Benchmark
    public void decodeHandWritten(Blackhole bh) {
        bh.consume(HandParser.parse(ByteBuffer.wrap(wireArray)));
    }

    /** The baseline given the input as {@code Bytes} too: payloads are zero-copy slices, like the combinators'. */
    @Benchmark
    public void decodeHandWrittenSharing(Blackhole bh) {
        bh.consume(HandParser.parse(ByteBuffer.wrap(wireArray), wire));
    }

    /** The public API: {@code encode(value)}, answering an {@code Either<CodecError, Bytes>}. */
    @Benchmark
    public void encodeCombinators(Blackhole bh) {
        bh.consume(Handshake.CODEC.encode(value));
    }

    /** The baseline, answering {@code Bytes}: exact size, one pass, plus the copy {@code Bytes.of} forces. */
    @Benchmark
    public void encodeHandWritten(Blackhole bh) {
        bh.consume(HandWriter.write(value));
    }

    /** The baseline, answering the {@code byte[]} it wrote: what the copy into {@code Bytes} costs. */
    @Benchmark
    public void encodeHandWrittenToArray(Blackhole bh) {
        bh.consume(HandWriter.writeArray(value));
    }
}
