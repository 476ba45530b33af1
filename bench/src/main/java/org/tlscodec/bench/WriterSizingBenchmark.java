package org.tlscodec.bench;

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
import org.tlscodec.bench.synthetic.Handshake;
import org.tlscodec.bench.synthetic.Samples;
import org.tlscodec.codec.ByteWriter;

/**
 * What the growth of {@code ByteWriter} costs an encode: {@code Codec.encode} starts at 128 bytes
 * and doubles, copying, up to the message's size. Writing the same value into a writer that is
 * already the right size (and handing on the writer, as the core's {@code finish()} would, without
 * a copy) is what an encode with a size hint would cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WriterSizingBenchmark {

    @Param({"classic", "postQuantum"})
    public String sample = "classic";

    private Handshake value = Samples.classic();
    private int size;

    @Setup
    public void setUp() {
        value = Samples.named(sample);
        size = Handshake.CODEC.encode(value).get().size();
    }

    /** The public API as it is: the writer grows from 128 bytes. */
    @Benchmark
    public void encodeGrowing(Blackhole bh) {
        bh.consume(Handshake.CODEC.encode(value));
    }

    /** The same codec writing into a writer of the final size: no growth, no copy. */
    @Benchmark
    public void writeIntoSizedWriter(Blackhole bh) {
        ByteWriter out = new ByteWriter(size);
        Handshake.CODEC.write(out, value);
        bh.consume(out);
    }
}
