package org.tlscodec.vectors.laws;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.lazy;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.opaque8;
import static org.tlscodec.codec.Codecs.opaque16;
import static org.tlscodec.codec.Codecs.opaque24;
import static org.tlscodec.codec.Codecs.optional;
import static org.tlscodec.codec.Codecs.select;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;
import static org.tlscodec.codec.Codecs.uint24;
import static org.tlscodec.codec.Codecs.uint32;
import static org.tlscodec.codec.Codecs.uint64;
import static org.tlscodec.codec.Codecs.uint8;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.Select;
import org.tlscodec.vectors.gen.Gen;

/** Structures and generators for the combinator laws: small, but shaped like TLS. */
final class Fixtures {
    private Fixtures() {
    }

    // ---- a struct of thirteen fields of every kind ----

    record Wide(int a8, int b16, int c24, long d32, long e64, Bytes f32, Bytes g8, Bytes h16, Bytes i24,
                Vector<Integer> j, Vector<Bytes> k, Option<Integer> l, Bytes m) {
    }

    static final Codec<Wide> WIDE = struct(
            field("a8", uint8(), Wide::a8),
            field("b16", uint16(), Wide::b16),
            field("c24", uint24(), Wide::c24),
            field("d32", uint32(), Wide::d32),
            field("e64", uint64(), Wide::e64),
            field("f32", fixed(32), Wide::f32),
            field("g8", opaque8(), Wide::g8),
            field("h16", opaque16(), Wide::h16),
            field("i24", opaque24(), Wide::i24),
            field("j", vector(2, uint16(), 2, 0xfffe), Wide::j),
            field("k", vector(1, opaque(1, 1, 8)), Wide::k),
            field("l", Codecs2.flagged(uint16()), Wide::l),
            field("m", opaque(1, 1, 32), Wide::m),
            Wide::new);

    static final Gen<Wide> WIDE_GEN = Gen.zip(
            Gen.zip(Gen.ints(0, 0xff), Gen.ints(0, 0xffff), Gen.ints(0, 0xffffff)),
            Gen.zip(Gen.longs(0, 0xffffffffL), Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE), Gen.bytes(32)),
            Gen.zip(Gen.bytes(0, 20), Gen.bytes(0, 20), Gen.bytes(0, 20)))
            .flatMap(t -> Gen.zip(
                    Gen.listOf(Gen.ints(0, 0xffff), 1, 10),
                    Gen.listOf(Gen.bytes(1, 8), 0, 5),
                    Gen.zip(Gen.optionOf(Gen.ints(0, 0xffff)), Gen.bytes(1, 32)))
                    .map(u -> new Wide(t._1._1, t._1._2, t._1._3, t._2._1, t._2._2, t._2._3, t._3._1, t._3._2, t._3._3,
                            u._1, u._2, u._3._1, u._3._2)));

    // ---- a union of extensions, with unknown and malformed cases ----

    sealed interface Ext permits KeyShare, Versions, UnknownExt, MalformedExt {
        int type();
    }

    record KeyShareEntry(int group, Bytes keyExchange) {
        static final Codec<KeyShareEntry> CODEC = struct(
                field("group", uint16(), KeyShareEntry::group),
                field("key_exchange", opaque(2, 1, 0xffff), KeyShareEntry::keyExchange),
                KeyShareEntry::new);
    }

    record KeyShare(Vector<KeyShareEntry> clientShares) implements Ext {
        public int type() {
            return 51;
        }
    }

    record Versions(Vector<Integer> versions) implements Ext {
        public int type() {
            return 43;
        }
    }

    record UnknownExt(int type, Bytes body) implements Ext {
    }

    record MalformedExt(int type, Bytes body, CodecError error) implements Ext {
    }

    static final Select<Integer, Ext> EXT_CASES = select(uint16(), Ext::type)
            .framed(2)
            .caseOf(51, "key_share", KeyShare.class,
                    struct(field("client_shares", vector(2, KeyShareEntry.CODEC), KeyShare::clientShares), KeyShare::new))
            .caseOf(43, "supported_versions", Versions.class,
                    struct(field("versions", vector(1, uint16(), 2, 254), Versions::versions), Versions::new));

    static final Codec<Ext> EXT = EXT_CASES.otherwise(UnknownExt.class, UnknownExt::new, UnknownExt::body);
    static final Codec<Ext> EXT_STRICT = EXT_CASES.strict();
    static final Codec<Ext> EXT_LENIENT = EXT_CASES
            .lenient(MalformedExt.class, MalformedExt::new, MalformedExt::body)
            .otherwise(UnknownExt.class, UnknownExt::new, UnknownExt::body);

    static final Gen<Ext> KNOWN_EXT_GEN = Gen.oneOf(
            Gen.listOf(Gen.zipWith(Gen.ints(0, 0xffff), Gen.bytes(1, 40), KeyShareEntry::new), 0, 4).map(KeyShare::new),
            Gen.listOf(Gen.ints(0, 0xffff), 1, 20).map(Versions::new));

    static final Gen<Ext> UNKNOWN_EXT_GEN = Gen.zipWith(
            Gen.ints(0, 0xffff).filter(t -> t != 43 && t != 51), Gen.bytes(0, 40), UnknownExt::new);

    static final Gen<Ext> EXT_GEN = Gen.oneOf(KNOWN_EXT_GEN, UNKNOWN_EXT_GEN);

    // ---- a recursive structure ----

    sealed interface Tree permits Leaf, Node {
        int tag();
    }

    record Leaf(int value) implements Tree {
        public int tag() {
            return 0;
        }
    }

    record Node(Vector<Tree> children) implements Tree {
        public int tag() {
            return 1;
        }
    }

    static final Codec<Tree> TREE = lazy(() -> select(uint8(), Tree::tag)
            .caseOf(0, "leaf", Leaf.class, struct(field("value", uint8(), Leaf::value), Leaf::new))
            .caseOf(1, "node", Node.class, struct(field("children", vector(2, Fixtures.TREE), Node::children), Node::new))
            .strict()).named("Tree");

    static Gen<Tree> treeGen(int depth) {
        Gen<Tree> leaf = Gen.ints(0, 255).map(Leaf::new);
        if (depth == 0) {
            return leaf;
        }
        return Gen.oneOf(leaf, Gen.listOf(Gen.lazy(() -> treeGen(depth - 1)), 0, 4).map(Node::new));
    }

    /** The optional field used in WIDE: a presence flag byte, as a guarded optional. */
    static final class Codecs2 {
        private Codecs2() {
        }

        static final Codec<Boolean> FLAG = uint8().narrow(
                i -> i <= 1 ? io.vavr.control.Either.right(i == 1) : io.vavr.control.Either.left("flag must be 0 or 1, was " + i),
                b -> b ? 1 : 0);

        static <A> Codec<Option<A>> flagged(Codec<A> codec) {
            return optional(FLAG, codec);
        }
    }
}
