package org.tlscodec.vectors.laws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tlscodec.codec.Codecs.conditional;
import static org.tlscodec.codec.Codecs.constant;
import static org.tlscodec.codec.Codecs.dependent;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.framed;
import static org.tlscodec.codec.Codecs.lenient;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.opaque8;
import static org.tlscodec.codec.Codecs.opaque16;
import static org.tlscodec.codec.Codecs.opaque24;
import static org.tlscodec.codec.Codecs.optional;
import static org.tlscodec.codec.Codecs.peek;
import static org.tlscodec.codec.Codecs.provide;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;
import static org.tlscodec.codec.Codecs.uint24;
import static org.tlscodec.codec.Codecs.uint32;
import static org.tlscodec.codec.Codecs.uint64;
import static org.tlscodec.codec.Codecs.uint8;
import static org.tlscodec.codec.Codecs.vector;
import static org.tlscodec.codec.Codecs.withContext;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.gen.Property;

/**
 * The laws of DESIGN.md section 10 for every combinator: each law is a property of at least 1,000
 * generated cases (10,000 random inputs for the never-throw law). Codecs that read to the end of
 * their region are checked inside a {@code framed} region, where they are self-delimiting.
 */
class CombinatorLawsTest {

    record Version(int major, int minor) {
    }

    record Peeked(int contentType, Bytes whole) {
    }

    record Versioned(int version, Bytes random) {
    }

    record WithImplicit(int kind, int value) {
    }

    sealed interface Body permits Parsed, Kept {
    }

    record Parsed(int value) implements Body {
    }

    record Kept(Bytes bytes, CodecError error) implements Body {
    }

    static final Codec<Version> VERSION = uint16().xmap(v -> new Version(v >> 8, v & 0xff), v -> v.major() << 8 | v.minor());

    static final Codec<Integer> EVEN = uint8().exmap(
            i -> i % 2 == 0 ? Either.right(i / 2) : Either.left("odd"),
            h -> h < 128 ? Either.right(h * 2) : Either.left("too big"));

    static final Codec<Integer> SMALL = uint8().narrow(i -> i < 100 ? Either.right(i) : Either.left(i + " >= 100"), i -> i);

    static final Codec<Integer> WIDE_INT = uint8().widen(i -> i, i -> i <= 255 ? Either.right(i) : Either.left(i + " > 255"));

    static final Codec<Versioned> VERSIONED = dependent(uint16(), Versioned::version,
            v -> struct(field("version", provide(v), Versioned::version),
                    field("random", fixed(v >= 0x0304 ? 32 : 28), Versioned::random), Versioned::new));

    static final Codec<Body> LENIENT = framed(1, lenient(
            uint16().xmap(i -> (Body) new Parsed(i), b -> ((Parsed) b).value()),
            b -> b instanceof Kept k ? Option.some(k.bytes()) : Option.none(),
            Kept::new));

    static final Codec<Peeked> PEEKED = framed(2, struct(
            field("content_type", peek(uint8()), Peeked::contentType),
            field("whole", remaining(), Peeked::whole),
            Peeked::new));

    static final Codec<WithImplicit> IMPLICIT = struct(
            field("kind", provide(7), WithImplicit::kind),
            field("value", uint16(), WithImplicit::value),
            WithImplicit::new);

    private static Stream<Law> all() {
        return Stream.of(
                CodecLaws.of("uint8", uint8(), Gen.ints(0, 0xff)),
                CodecLaws.of("uint16", uint16(), Gen.ints(0, 0xffff)),
                CodecLaws.of("uint24", uint24(), Gen.ints(0, 0xffffff)),
                CodecLaws.of("uint32", uint32(), Gen.longs(0, 0xffffffffL)),
                CodecLaws.of("uint64", uint64(), Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE)),
                CodecLaws.of("opaque[32]", fixed(32), Gen.bytes(32)),
                CodecLaws.of("opaque8", opaque8(), Gen.bytes(0, 255)),
                CodecLaws.of("opaque16", opaque16(), Gen.bytes(0, 300)),
                CodecLaws.of("opaque24", opaque24(), Gen.bytes(0, 300)),
                CodecLaws.of("opaque<1..32>", opaque(1, 1, 32), Gen.bytes(1, 32)),
                CodecLaws.of("vector(uint16)<2..2^16-2>", vector(2, uint16(), 2, 0xfffe), Gen.listOf(Gen.ints(0, 0xffff), 1, 60)),
                CodecLaws.of("vector(opaque8)<0..255>", vector(1, opaque8()), Gen.listOf(Gen.bytes(0, 10), 0, 20)),
                CodecLaws.of("vector(vector(uint8))", vector(3, vector(1, uint8())), Gen.listOf(Gen.listOf(Gen.ints(0, 255), 0, 8), 0, 8)),
                CodecLaws.of("struct of 13 fields", Fixtures.WIDE, Fixtures.WIDE_GEN),
                CodecLaws.of("framed(struct)", framed(2, Fixtures.WIDE), Fixtures.WIDE_GEN),
                CodecLaws.of("select with unknown", Fixtures.EXT, Fixtures.EXT_GEN),
                CodecLaws.of("select, strict", Fixtures.EXT_STRICT, Fixtures.KNOWN_EXT_GEN),
                CodecLaws.of("select, lenient", Fixtures.EXT_LENIENT, Fixtures.EXT_GEN),
                CodecLaws.of("vector(select)", vector(2, Fixtures.EXT), Gen.listOf(Fixtures.EXT_GEN, 0, 6)),
                CodecLaws.of("xmap", VERSION, Gen.zipWith(Gen.ints(0, 255), Gen.ints(0, 255), Version::new)),
                CodecLaws.of("exmap", EVEN, Gen.ints(0, 127)),
                CodecLaws.of("narrow", SMALL, Gen.ints(0, 99)),
                CodecLaws.of("widen", WIDE_INT, Gen.ints(0, 255)),
                CodecLaws.of("optional, framed", framed(1, optional(uint16())), Gen.optionOf(Gen.ints(0, 0xffff))),
                CodecLaws.of("optional with a guard", Fixtures.Codecs2.flagged(opaque8()), Gen.optionOf(Gen.bytes(0, 20))),
                CodecLaws.of("conditional(true)", conditional(true, uint16()), Gen.ints(0, 0xffff).map(Option::some)),
                CodecLaws.of("conditional(false)", conditional(false, uint16()), Gen.constant(Option.<Integer>none()))
                        .notSelfDelimiting(),
                CodecLaws.of("constant", constant(Bytes.fromHex("cf21ad74e59a6111")), Gen.constant(Bytes.fromHex("cf21ad74e59a6111"))),
                CodecLaws.of("lazy (recursive)", Fixtures.TREE, Fixtures.treeGen(4)),
                CodecLaws.of("peek, framed", PEEKED, Gen.bytes(1, 40).map(b -> new Peeked(b.get(0), b))),
                CodecLaws.of("remaining, framed", framed(2, remaining()), Gen.bytes(0, 100)),
                CodecLaws.of("itemsToEnd, framed", framed(2, org.tlscodec.codec.Codecs.itemsToEnd(opaque8())),
                        Gen.listOf(Gen.bytes(0, 8), 0, 10)),
                CodecLaws.of("withContext", withContext("legacy_version", VERSION), Gen.zipWith(Gen.ints(0, 255), Gen.ints(0, 255), Version::new)),
                CodecLaws.of("lenient, framed", LENIENT, Gen.ints(0, 0xffff).map(i -> (Body) new Parsed(i))),
                CodecLaws.of("dependent", VERSIONED, Gen.oneOfValues(0x0301, 0x0303, 0x0304)
                        .flatMap(v -> Gen.bytes(v >= 0x0304 ? 32 : 28).map(r -> new Versioned(v, r)))),
                CodecLaws.of("provide", IMPLICIT, Gen.ints(0, 0xffff).map(v -> new WithImplicit(7, v))),
                CodecLaws.of("named", VERSION.named("ProtocolVersion"), Gen.zipWith(Gen.ints(0, 255), Gen.ints(0, 255), Version::new)))
                .flatMap(laws -> laws.laws().toJavaStream());
    }

    @TestFactory
    Stream<DynamicTest> everyCombinatorKeepsEveryLaw() {
        return all().map(law -> DynamicTest.dynamicTest(law.name(), law.verify()::run));
    }

    @Test
    void vectorBoundsAreRejectedInBothDirections() {
        Codec<Vector<Integer>> versions = vector(1, uint16(), 2, 254);
        // Encoding: any list of none or more than 127 versions is outside <2..254> bytes.
        Property.named("vector bounds on encode").cases(1000).check(
                Gen.oneOf(Gen.constant(Vector.<Integer>empty()), Gen.listOf(Gen.ints(0, 0xffff), 128, 140)),
                list -> assertThat(versions.encode(list).getLeft()).isInstanceOf(CodecError.LengthOutOfRange.class));
        // Decoding: a length byte of 0, 1 or 255 is outside the bounds, whatever follows.
        Property.named("vector bounds on decode").cases(1000).check(
                Gen.zip(Gen.oneOfValues(0, 255), Gen.bytes(0, 300)),
                t -> assertThat(versions.decode(Bytes.ofUnsigned(t._1).concat(t._2)).getLeft())
                        .isEqualTo(new CodecError.LengthOutOfRange(org.tlscodec.codec.Path.root(), 0, 2, 254, t._1)));
    }

    @Test
    void selectKeepsUnknownTagsByteForByte() {
        Property.named("select keeps unknown tags").cases(2000).check(
                Gen.zip(Gen.ints(0, 0xffff).filter(t -> t != 43 && t != 51), Gen.bytes(0, 100)),
                t -> {
                    Bytes wire = uint16().encode(t._1).get().concat(uint16().encode(t._2.size()).get()).concat(t._2);
                    Fixtures.Ext ext = Fixtures.EXT.decode(wire).get();
                    assertThat(ext).isEqualTo(new Fixtures.UnknownExt(t._1, t._2));
                    assertThat(Fixtures.EXT.encode(ext).get()).isEqualTo(wire);
                });
    }

    @Test
    void aLenientSelectRecoversEveryMalformedKnownExtensionAndReencodesItExactly() {
        // Any body under a known tag either decodes strictly or is kept as malformed, never lost.
        Property.named("lenient select keeps malformed bodies").cases(2000).check(
                Gen.zip(Gen.oneOfValues(43, 51), Gen.bytes(0, 30)),
                t -> {
                    Bytes wire = uint16().encode(t._1).get().concat(uint16().encode(t._2.size()).get()).concat(t._2);
                    Fixtures.Ext ext = Fixtures.EXT_LENIENT.decode(wire).get();
                    assertThat(Fixtures.EXT_LENIENT.encode(ext).get()).isEqualTo(wire);
                    boolean strictOk = Fixtures.EXT_STRICT.decode(wire).isRight();
                    assertThat(ext instanceof Fixtures.MalformedExt).isEqualTo(!strictOk);
                });
    }
}
