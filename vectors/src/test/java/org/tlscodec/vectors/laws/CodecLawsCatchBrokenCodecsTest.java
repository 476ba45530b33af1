package org.tlscodec.vectors.laws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.uint16;
import static org.tlscodec.codec.Codecs.uint8;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.ByteReader;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.vectors.gen.Gen;

/** The laws are only worth something if they fail on broken codecs: each one here must. */
class CodecLawsCatchBrokenCodecsTest {

    private static Law law(CodecLaws<?> laws, String suffix) {
        return laws.laws().find(l -> l.name().endsWith(suffix)).getOrElseThrow(() -> new AssertionError("no law " + suffix));
    }

    /** Writes uint16 little-endian but reads it big-endian. */
    static final Codec<Integer> MIXED_ENDIAN = new Codec<>() {
        @Override
        public Integer read(ByteReader in) {
            return in.readUint16();
        }

        @Override
        public void write(ByteWriter out, Integer value) {
            out.writeUint8(value & 0xff);
            out.writeUint8(value >> 8);
        }
    };

    @Test
    void decodeAfterEncodeCatchesACodecWhoseTwoDirectionsDisagree() {
        CodecLaws<Integer> laws = CodecLaws.of("mixed endian", MIXED_ENDIAN, Gen.ints(0, 0xffff));
        assertThatThrownBy(law(laws, "decode(encode(a)) == a").verify()::run)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("seed");
    }

    @Test
    void thePrefixLawCatchesACodecThatIsNotSelfDelimiting() {
        CodecLaws<Bytes> laws = CodecLaws.of("remaining", remaining(), Gen.bytes(1, 10));
        assertThatThrownBy(law(laws, "every proper prefix is Truncated").verify()::run)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("decoded to");
        assertThat(laws.notSelfDelimiting().laws().map(Law::name)).noneMatch(n -> n.contains("prefix"));
    }

    @Test
    void theRandomBytesLawCatchesACodecThatThrows() {
        Codec<Integer> throwing = uint8().xmap(i -> {
            if (i == 0x42) {
                throw new IllegalStateException("boom");
            }
            return i;
        }, i -> i);
        CodecLaws<Integer> laws = CodecLaws.of("throwing", throwing, Gen.ints(0, 0x41));
        assertThatThrownBy(law(laws, "random bytes never throw").verify()::run)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the codec threw on 42");
    }

    @Test
    void theRandomBytesLawCatchesACodecThatIsNotByteExact() {
        Codec<Integer> parity = uint8().xmap(i -> i % 2, i -> i);
        CodecLaws<Integer> laws = CodecLaws.of("parity", parity, Gen.ints(0, 1));
        assertThatThrownBy(law(laws, "random bytes never throw").verify()::run)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("re-encodes to");
        law(laws.notByteExact(), "random bytes never throw").verify().run();
    }

    @Test
    void theMutationLawCatchesACodecThatThrowsOnlyOnMalformedLengths() {
        Codec<Integer> fragile = uint16().xmap(i -> {
            if (i > 0x1000) {
                throw new IllegalArgumentException("too long");
            }
            return i;
        }, i -> i);
        CodecLaws<Integer> laws = CodecLaws.of("fragile", fragile, Gen.ints(0, 0x1000));
        assertThatThrownBy(law(laws, "mutated encodings never throw").verify()::run)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the codec threw");
    }
}
