package org.tlscodec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tlscodec.bench.prototype.PrototypeCodecs;
import org.tlscodec.bench.synthetic.Handshake;
import org.tlscodec.bench.synthetic.Samples;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;

/** A suggestion is only worth measuring if it keeps the wire format and the checks exactly. */
class PrototypeCodecsTest {

    @ParameterizedTest
    @ValueSource(strings = {"none", "select", "vector", "struct", "all"})
    void everyPrototypeDecodesAndEncodesBothSamplesLikeTheCore(String suggestions) {
        Codec<Handshake> codec = PrototypeCodecs.handshake(PrototypeCodecs.named(suggestions));
        for (Handshake sample : new Handshake[] {Samples.classic(), Samples.postQuantum()}) {
            Bytes wire = Handshake.CODEC.encode(sample).get();

            assertThat(codec.decode(wire).get()).isEqualTo(sample);
            assertThat(codec.encode(sample).get()).isEqualTo(wire);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"select", "vector", "struct", "all"})
    void everyPrototypeRejectsTheSameMutantsWithTheSameErrorAsTheCore(String suggestions) {
        Codec<Handshake> codec = PrototypeCodecs.handshake(PrototypeCodecs.named(suggestions));
        byte[] original = Handshake.CODEC.encode(Samples.classic()).get().toArray();
        for (int at = 0; at < original.length; at++) {
            for (int delta : new int[] {1, -1, 0x80}) {
                byte[] mutant = original.clone();
                mutant[at] = (byte) (mutant[at] + delta);
                Bytes bytes = Bytes.of(mutant);
                Either<CodecError, Handshake> core = Handshake.CODEC.decode(bytes);

                assertThat(codec.decode(bytes)).as("byte %d %+d", at, delta).isEqualTo(core);
            }
        }
    }
}
