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
import org.tlscodec.bench.prototype.PrototypeCodecs;
import org.tlscodec.bench.synthetic.Handshake;
import org.tlscodec.bench.synthetic.Samples;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * What each suggested change to the codec core would buy, on the classic sample: the synthetic
 * codec rebuilt with prototypes of the changes swapped in (see {@code org.tlscodec.bench.prototype}).
 * {@code none} is the core as it is, a control; run it together with {@link SyntheticClientHelloBenchmark}
 * to read ratios against the hand-written baseline from one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CoreSuggestionsBenchmark {

    @Param({"none", "select", "vector", "struct", "all"})
    public String suggestions = "none";

    private Codec<Handshake> codec = Handshake.CODEC;
    private Handshake value = Samples.classic();
    private Bytes wire = Bytes.empty();

    @Setup
    public void setUp() {
        codec = PrototypeCodecs.handshake(PrototypeCodecs.named(suggestions));
        wire = Handshake.CODEC.encode(value).get();
        if (!codec.decode(wire).get().equals(value) || !codec.encode(value).get().equals(wire)) {
            throw new IllegalStateException("the prototype " + suggestions + " disagrees with the core");
        }
    }

    @Benchmark
    public void decode(Blackhole bh) {
        bh.consume(codec.decode(wire));
    }

    @Benchmark
    public void encode(Blackhole bh) {
        bh.consume(codec.encode(value));
    }
}
