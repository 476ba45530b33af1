package org.tlscodec.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tlscodec.codec.Codecs.conditional;
import static org.tlscodec.codec.Codecs.constant;
import static org.tlscodec.codec.Codecs.dependent;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.framed;
import static org.tlscodec.codec.Codecs.lazy;
import static org.tlscodec.codec.Codecs.lenient;
import static org.tlscodec.codec.Codecs.opaque8;
import static org.tlscodec.codec.Codecs.optional;
import static org.tlscodec.codec.Codecs.peek;
import static org.tlscodec.codec.Codecs.provide;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.select;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;
import static org.tlscodec.codec.Codecs.uint24;
import static org.tlscodec.codec.Codecs.uint32;
import static org.tlscodec.codec.Codecs.uint64;
import static org.tlscodec.codec.Codecs.uint8;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class CombinatorTest {

    @Test
    void integersAreBigEndianAndUnsigned() {
        assertThat(uint16().decode(Bytes.fromHex("ff01")).get()).isEqualTo(0xff01);
        assertThat(uint24().decode(Bytes.fromHex("800001")).get()).isEqualTo(0x800001);
        assertThat(uint32().decode(Bytes.fromHex("ffffffff")).get()).isEqualTo(0xffffffffL);
        assertThat(uint64().decode(Bytes.fromHex("ffffffffffffffff")).get()).isEqualTo(-1L);
        assertThat(uint24().encode(0x010203).get()).isEqualTo(Bytes.fromHex("010203"));
    }

    @Test
    void anIntegerTooLargeForItsWidthIsAnEncodingError() {
        assertThat(uint8().encode(256).getLeft().reason()).isEqualTo("256 does not fit uint8");
        assertThat(uint16().encode(-1).getLeft()).isInstanceOf(CodecError.Invalid.class);
        assertThat(uint32().encode(1L << 32).getLeft().reason()).contains("uint32");
    }

    @Test
    void vectorBoundsAreRejectedOnDecode() {
        Codec<Vector<Integer>> versions = vector(1, uint16(), 2, 254);
        CodecError e = versions.decode(Bytes.fromHex("00")).getLeft();
        assertThat(e).isEqualTo(new CodecError.LengthOutOfRange(Path.root(), 0, 2, 254, 0));
        assertThat(versions.decode(Bytes.fromHex("ff" + "00".repeat(255))).getLeft())
                .isEqualTo(new CodecError.LengthOutOfRange(Path.root(), 0, 2, 254, 255));
    }

    @Test
    void vectorBoundsAreRejectedOnEncode() {
        Codec<Vector<Integer>> versions = vector(1, uint16(), 2, 254);
        assertThat(versions.encode(Vector.empty()).getLeft())
                .isEqualTo(new CodecError.LengthOutOfRange(Path.root(), 0, 2, 254, 0));
        assertThat(versions.encode(Vector.fill(128, 1)).getLeft())
                .isEqualTo(new CodecError.LengthOutOfRange(Path.root(), 0, 2, 254, 256));
    }

    @Test
    void aVectorLengthThatIsNotAWholeNumberOfElementsIsAnOverrunOfTheLastElement() {
        CodecError e = vector(1, uint16()).decode(Bytes.fromHex("03000100")).getLeft();
        assertThat(e).isInstanceOf(CodecError.Overrun.class);
        assertThat(e.path()).hasToString("[1]");
        assertThat(e.offset()).isEqualTo(3);
    }

    @Test
    void aVectorOfElementsThatTakeNoBytesFailsInsteadOfLooping() {
        Codec<Vector<Bytes>> silly = vector(1, fixed(0));
        CodecError e = silly.decode(Bytes.fromHex("0100")).getLeft();
        assertThat(e.reason()).contains("took no bytes");
    }

    @Test
    void aHugeClaimedLengthFailsBeforeAnythingIsAllocatedForIt() {
        CodecError e = vector(3, uint8()).decode(Bytes.fromHex("ffffff")).getLeft();
        assertThat(e).isEqualTo(new CodecError.Truncated(Path.root(), 3, 0xffffff, 0));
    }

    @Test
    void selectKeepsAnUnknownTagByteForByte() {
        Bytes raw = Bytes.fromHex("fe0d0003abcdef");
        Samples.Ext ext = Samples.EXT.decode(raw).get();
        assertThat(ext).isEqualTo(new Samples.UnknownExt(0xfe0d, Bytes.fromHex("abcdef")));
        assertThat(Samples.EXT.encode(ext).get()).isEqualTo(raw);
    }

    @Test
    void aKnownTagWithAMalformedBodyIsAnErrorNeverSilentlyUnknown() {
        CodecError e = Samples.EXT.decode(Bytes.fromHex("002b000100")).getLeft();
        assertThat(e).isInstanceOf(CodecError.LengthOutOfRange.class);
        assertThat(e.path()).hasToString("supported_versions.versions");
    }

    @Test
    void aStrictSelectRejectsAnUnknownTag() {
        Codec<Samples.Ext> strict = Samples.EXT_CASES.strict();
        assertThat(strict.decode(Bytes.fromHex("fe0d0000")).getLeft())
                .isEqualTo(new CodecError.UnknownTag(Path.root(), 0, "65037"));
        assertThat(strict.encode(new Samples.UnknownExt(0xfe0d, Bytes.empty())).getLeft())
                .isInstanceOf(CodecError.UnknownTag.class);
    }

    @Test
    void aLenientSelectKeepsAMalformedBodyWithItsErrorAndGoesOn() {
        Codec<Vector<Samples.Ext>> exts = vector(2, Samples.EXT_LENIENT);
        // a supported_versions whose list is too short, one with a byte after its list, then an empty extension 0
        Bytes raw = Bytes.fromHex("0011" + "002b000100" + "002b0004020304ff" + "00000000");
        Vector<Samples.Ext> decoded = exts.decode(raw).get();
        assertThat(decoded).hasSize(3);
        Samples.MalformedExt first = (Samples.MalformedExt) decoded.get(0);
        assertThat(first.body()).isEqualTo(Bytes.fromHex("00"));
        assertThat(first.error().path()).hasToString("supported_versions.versions");
        assertThat(((Samples.MalformedExt) decoded.get(1)).error()).isInstanceOf(CodecError.TrailingBytes.class);
        assertThat(decoded.get(2)).isEqualTo(new Samples.UnknownExt(0, Bytes.empty()));
        assertThat(exts.encode(decoded).get()).isEqualTo(raw);
    }

    @Test
    void aSelectOfLargeCasesReadsWritesAndFailsExactlyAsThePlainOne() {
        Codec<Samples.Ext> plain = Samples.EXT_CASES.strict();
        Codec<Samples.Ext> large = Samples.EXT_CASES.largeCases().strict();
        for (String hex : new String[] {"002b0003020304", "002b000100", "002b0004020304ff", "fe0d0000", "002b00", "0033000400"}) {
            Bytes raw = Bytes.fromHex(hex);
            assertThat(large.decode(raw)).as(hex).isEqualTo(plain.decode(raw));
        }
        Samples.Ext versions = plain.decode(Bytes.fromHex("002b0003020304")).get();
        assertThat(large.encode(versions)).isEqualTo(plain.encode(versions));
        assertThat(large.encode(new Samples.UnknownExt(0xfe0d, Bytes.empty()))).isEqualTo(plain.encode(new Samples.UnknownExt(0xfe0d, Bytes.empty())));
    }

    @Test
    void encodingAValueUnderTheWrongCaseIsAnError() {
        Codec<Samples.Ext> ext = select(uint16(), (Samples.Ext e) -> 43)
                .framed(2)
                .caseOf(43, "supported_versions", Samples.Versions.class, Samples.Versions.CODEC)
                .strict();
        CodecError e = ext.encode(new Samples.KeyShare(Vector.empty())).getLeft();
        assertThat(e.reason()).isEqualTo("tag 43 takes a Versions, not a KeyShare");
    }

    @Test
    void exmapFailuresBecomeInvalidWithTheOffsetOfTheValue() {
        Codec<String> even = uint8().exmap(
                i -> i % 2 == 0 ? Either.right("even " + i) : Either.left("odd " + i),
                s -> Either.right(Integer.parseInt(s.substring(5))));
        assertThat(even.decode(Bytes.fromHex("04")).get()).isEqualTo("even 4");
        assertThat(even.decode(Bytes.fromHex("05")).getLeft()).isEqualTo(new CodecError.Invalid(Path.root(), 0, "odd 5"));
        assertThat(even.encode("even 8").get()).isEqualTo(Bytes.fromHex("08"));
    }

    @Test
    void narrowFailsOnlyOnDecodeAndWidenOnlyOnEncode() {
        Codec<Integer> small = uint8().narrow(i -> i < 10 ? Either.right(i) : Either.left("too big"), i -> i);
        assertThat(small.decode(Bytes.fromHex("0a")).getLeft().reason()).isEqualTo("too big");
        Codec<Integer> positive = uint8().widen(i -> i, i -> i > 0 ? Either.right(i) : Either.left("not positive"));
        assertThat(positive.encode(0).getLeft().reason()).isEqualTo("not positive");
        assertThat(positive.decode(Bytes.fromHex("00")).get()).isEqualTo(0);
    }

    @Test
    void optionalIsPresentExactlyWhenBytesRemain() {
        Codec<Option<Integer>> c = optional(uint16());
        assertThat(c.decode(Bytes.empty()).get()).isEqualTo(Option.none());
        assertThat(c.decode(Bytes.fromHex("0102")).get()).isEqualTo(Option.some(0x0102));
        assertThat(c.encode(Option.none()).get()).isEqualTo(Bytes.empty());
    }

    @Test
    void optionalWithAGuardWritesTheGuardFromPresence() {
        Codec<Boolean> flag = uint8().narrow(i -> i <= 1 ? Either.right(i == 1) : Either.left("flag " + i), b -> b ? 1 : 0);
        Codec<Option<Integer>> c = optional(flag, uint8());
        assertThat(c.encode(Option.some(7)).get()).isEqualTo(Bytes.fromHex("0107"));
        assertThat(c.decode(Bytes.fromHex("00")).get()).isEqualTo(Option.none());
    }

    @Test
    void conditionalChecksThatTheValueAgreesWithTheCondition() {
        assertThat(conditional(false, uint8()).decode(Bytes.empty()).get()).isEqualTo(Option.none());
        assertThat(conditional(true, uint8()).decode(Bytes.fromHex("05")).get()).isEqualTo(Option.some(5));
        assertThat(conditional(false, uint8()).encode(Option.some(1)).getLeft().reason()).contains("not allowed");
        assertThat(conditional(true, uint8()).encode(Option.none()).getLeft().reason()).contains("required");
    }

    @Test
    void constantAcceptsOnlyItsBytes() {
        Codec<Bytes> hrr = constant(Bytes.fromHex("cf21ad74"));
        assertThat(hrr.decode(Bytes.fromHex("cf21ad74")).isRight()).isTrue();
        assertThat(hrr.decode(Bytes.fromHex("cf21ad75")).getLeft().reason()).isEqualTo("expected constant cf21ad74, found cf21ad75");
        assertThat(hrr.decode(Bytes.fromHex("cf21")).getLeft()).isInstanceOf(CodecError.Truncated.class);
    }

    @Test
    void peekReadsWithoutConsuming() {
        record Tagged(int peeked, Bytes all) {
        }
        Codec<Tagged> c = struct(field("type", peek(uint8()), Tagged::peeked), field("all", remaining(), Tagged::all), Tagged::new);
        Tagged t = c.decode(Bytes.fromHex("1603")).get();
        assertThat(t).isEqualTo(new Tagged(0x16, Bytes.fromHex("1603")));
        assertThat(c.encode(t).get()).isEqualTo(Bytes.fromHex("1603"));
    }

    @Test
    void dependentLetsAHeadChooseTheShapeOfTheRest() {
        record Versioned(int version, Bytes random) {
        }
        Codec<Versioned> c = dependent(uint16(), Versioned::version,
                v -> struct(field("version", provide(v), Versioned::version),
                        field("random", fixed(v >= 0x0304 ? 32 : 28), Versioned::random), Versioned::new));
        assertThat(c.decode(Bytes.fromHex("0304").concat(Bytes.zeros(32))).get().random().size()).isEqualTo(32);
        assertThat(c.decode(Bytes.fromHex("0301").concat(Bytes.zeros(28))).get().random().size()).isEqualTo(28);
    }

    sealed interface Tree permits Leaf, Node {
        int tag();
    }

    record Leaf(int value) implements Tree {
        @Override
        public int tag() {
            return 0;
        }
    }

    record Node(Vector<Tree> children) implements Tree {
        @Override
        public int tag() {
            return 1;
        }
    }

    static final Codec<Tree> TREE = lazy(() -> select(uint8(), Tree::tag)
            .caseOf(0, "leaf", Leaf.class, struct(field("value", uint8(), Leaf::value), Leaf::new))
            .caseOf(1, "node", Node.class, struct(field("children", vector(1, CombinatorTest.TREE), Node::children), Node::new))
            .strict()).named("Tree");

    @Test
    void lazyAllowsRecursiveDefinitions() {
        Tree t = new Node(Vector.of(new Leaf(1), new Node(Vector.of(new Leaf(2)))));
        Bytes b = TREE.encode(t).get();
        assertThat(b).isEqualTo(Bytes.fromHex("01 07 0001 01 03 0002".replace(" ", "")).take(0).concat(b));
        assertThat(TREE.decode(b).get()).isEqualTo(t);
    }

    record Chain(Option<Chain> next) {
    }

    /** A structure with no length fields, so nesting depth is bounded only by the input. */
    static final Codec<Chain> CHAIN = lazy(() -> struct(
            field("next", optional(uint8().narrow(i -> i <= 1 ? Either.right(i == 1) : Either.left("flag " + i), b -> b ? 1 : 0),
                    CombinatorTest.CHAIN), Chain::next), Chain::new));

    @Test
    void absurdlyDeepNestingIsAnErrorValueNotAStackOverflow() {
        Bytes deep = Bytes.fromHex("01".repeat(1_000_000) + "00");
        CodecError e = CHAIN.decode(deep).getLeft();
        assertThat(e.reason()).isEqualTo("structure nested too deeply");
        Bytes shallow = Bytes.fromHex("010100");
        assertThat(CHAIN.decode(shallow).getOrElseGet(err -> { throw new AssertionError(err.describe()); })).isEqualTo(new Chain(Option.some(new Chain(Option.some(new Chain(Option.none()))))));
    }

    @Test
    void lenientKeepsTheRestOfTheRegionWhenTheStrictCodecFails() {
        interface Body {
        }
        record Parsed(int v) implements Body {
        }
        record Kept(Bytes bytes, CodecError error) implements Body {
        }
        Codec<Body> strict = uint16().xmap(Parsed::new, b -> ((Parsed) b).v());
        Codec<Body> body = framed(1, lenient(strict, b -> b instanceof Kept k ? Option.some(k.bytes()) : Option.none(), Kept::new));
        Body kept = body.decode(Bytes.fromHex("03010203")).get();
        assertThat(kept).isInstanceOf(Kept.class);
        assertThat(((Kept) kept).bytes()).isEqualTo(Bytes.fromHex("010203"));
        assertThat(body.encode(kept).get()).isEqualTo(Bytes.fromHex("03010203"));
        assertThat(body.decode(Bytes.fromHex("020102")).get()).isEqualTo(new Parsed(0x0102));
    }

    @Test
    void lenientDoesNotTreatAnEndedInputAsMalformed() {
        Codec<Object> c = lenient(uint16().xmap(i -> (Object) i, o -> (Integer) o), o -> Option.none(), (b, e) -> b);
        assertThat(c.decode(Bytes.fromHex("01")).getLeft()).isInstanceOf(CodecError.Truncated.class);
    }

    @Test
    void anExceptionFromAUserFunctionBecomesAnErrorValue() {
        Codec<Integer> boom = uint8().xmap(i -> {
            throw new IllegalStateException("boom");
        }, i -> i);
        CodecError e = boom.decode(Bytes.fromHex("01")).getLeft();
        assertThat(e).isInstanceOf(CodecError.Unexpected.class);
        assertThat(e.reason()).isEqualTo("codec raised java.lang.IllegalStateException: boom");
    }

    @Test
    void everyCombinatorPrintsItsExpression() {
        assertThat(vector(2, uint16(), 2, 0xfffe)).hasToString("vector(uint16)<2..2^16-2>");
        assertThat(opaque8()).hasToString("opaque<0..2^8-1>");
        assertThat(fixed(32)).hasToString("opaque[32]");
        assertThat(Samples.KeyShareEntry.CODEC).hasToString("struct(group: uint16, key_exchange: opaque<1..2^16-1>)");
        assertThat(Samples.EXT.toString()).startsWith("select(uint16, framed uint16){key_share: struct(client_shares: ")
                .endsWith("; unknown: raw}");
        assertThat(optional(uint8())).hasToString("optional(uint8)");
        assertThat(framed(3, uint8())).hasToString("framed<0..2^24-1>(uint8)");
        assertThat(uint8().withContext("x")).hasToString("withContext(\"x\", uint8)");
        assertThat(TREE).hasToString("Tree");
        assertThat(constant(Bytes.fromHex("00"))).hasToString("constant(00)");
        assertThat(remaining()).hasToString("remaining");
        assertThat(peek(uint8())).hasToString("peek(uint8)");
        assertThat(conditional(true, uint8())).hasToString("conditional(true, uint8)");
    }
}
