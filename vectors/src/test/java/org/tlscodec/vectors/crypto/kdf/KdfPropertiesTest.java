package org.tlscodec.vectors.crypto.kdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple;
import io.vavr.collection.Vector;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.Hkdf;
import org.tlscodec.crypto.kdf.HkdfLabel;
import org.tlscodec.crypto.kdf.KeyMaterial;
import org.tlscodec.crypto.kdf.KeySizes;
import org.tlscodec.crypto.kdf.Prf;
import org.tlscodec.crypto.kdf.Prfs;
import org.tlscodec.crypto.kdf.Transcript;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.gen.Property;
import org.tlscodec.vectors.laws.CodecLaws;

/**
 * Properties of the expansion functions: the output has the length asked for, and a shorter output
 * is a prefix of a longer one (the functions are streams cut to length, so asking for more never
 * changes the first bytes); the transcript hash is the hash of the joined messages; a key block
 * slices into parts that join back to it; and the HkdfLabel codec keeps the codec laws.
 */
class KdfPropertiesTest {

    /** A secret, a seed or info, and two output lengths up to {@code maxLength}. */
    record Expansion(HashAlgorithm hash, Bytes secret, Bytes seed, int shorter, int longer) {
    }

    static Gen<Expansion> expansions(int maxLength) {
        return Gen.oneOfValues(HashAlgorithm.values()).flatMap(hash ->
                Gen.zip(Gen.bytes(0, 80), Gen.bytes(0, 64)).flatMap(sd ->
                        Gen.zip(Gen.ints(0, maxLength), Gen.ints(0, maxLength)).map(ab ->
                                new Expansion(hash, sd._1, sd._2, Math.min(ab._1, ab._2), Math.max(ab._1, ab._2)))));
    }

    @TestFactory
    Stream<DynamicTest> everyExpansionGivesTheLengthAskedAndShorterOutputsArePrefixes() {
        return Stream.of(
                prefixProperty("HKDF-Expand", 600, e -> n -> Kat.right(Hkdf.expand(e.hash(), e.secret(), e.seed(), n))),
                prefixProperty("P_hash", 600, e -> n -> Kat.right(Prfs.pHash(e.hash(), e.secret(), e.seed(), n))),
                prefixProperty("TLS 1.0 PRF", 400, e -> n -> Kat.right(new Prf.Tls10().compute(e.secret(), "label", e.seed(), n))),
                prefixProperty("SSL 3.0 key derivation", Prf.Ssl3.MAX_LENGTH, e -> n -> Kat.right(new Prf.Ssl3().compute(e.secret(), "", e.seed(), n))));
    }

    private static DynamicTest prefixProperty(String name, int maxLength, Function<Expansion, Function<Integer, Bytes>> f) {
        return DynamicTest.dynamicTest(name, () -> Property.named(name + " prefix consistency").cases(300).check(expansions(maxLength), e -> {
            Bytes shorter = f.apply(e).apply(e.shorter());
            Bytes longer = f.apply(e).apply(e.longer());
            assertThat(shorter.size()).isEqualTo(e.shorter());
            assertThat(longer.size()).isEqualTo(e.longer());
            assertThat(longer.startsWith(shorter)).isTrue();
        }));
    }

    @Test
    void transcriptHashIsTheHashOfTheJoinedMessages() {
        Gen<Vector<Bytes>> messages = Gen.listOf(Gen.bytes(0, 100), 0, 8);
        Property.named("transcript hash").check(Gen.zip(Gen.oneOfValues(HashAlgorithm.values()), messages), t -> {
            Transcript transcript = t._2.foldLeft(Transcript.empty(), Transcript::append);
            assertThat(transcript.hash(t._1)).isEqualTo(t._1.digest(transcript.bytes()));
            assertThat(transcript.bytes().size()).isEqualTo(t._2.map(Bytes::size).sum().intValue());
        });
    }

    @Test
    void aKeyBlockSlicesIntoPartsThatJoinBackToIt() {
        Gen<KeySizes> sizes = Gen.zip(Gen.ints(0, 64), Gen.ints(0, 32), Gen.ints(0, 16)).map(s -> new KeySizes(s._1, s._2, s._3));
        Property.named("key block slicing").check(sizes.flatMap(s -> Gen.bytes(s.keyBlockLength(), s.keyBlockLength() + 20)
                .map(block -> Tuple.of(s, block))), pair -> {
            KeySizes s = pair._1;
            Bytes block = pair._2;
            KeyMaterial k = KeyMaterial.slice(block, s).get();
            Bytes joined = k.clientMacKey().concat(k.serverMacKey()).concat(k.clientKey()).concat(k.serverKey())
                    .concat(k.clientIv()).concat(k.serverIv());
            assertThat(joined).isEqualTo(block.take(s.keyBlockLength()));
            assertThat(k.clientKey().size()).isEqualTo(s.encKeyLength());
        });
    }

    @TestFactory
    Stream<DynamicTest> hkdfLabelKeepsTheCodecLaws() {
        Gen<HkdfLabel> labels = Gen.zip(Gen.ints(0, 0xffff), Gen.bytes(7, 255), Gen.bytes(0, 255))
                .map(t -> new HkdfLabel(t._1, t._2, t._3));
        return CodecLaws.of("HkdfLabel", HkdfLabel.CODEC, labels).laws().toJavaStream()
                .map(law -> DynamicTest.dynamicTest(law.name(), law.verify()::run));
    }
}
