package org.tlscodec.codec;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.opaque8;
import static org.tlscodec.codec.Codecs.opaque16;
import static org.tlscodec.codec.Codecs.select;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;

/** A miniature ClientHello for the core's own tests, shaped like RFC 8446 section 4.1.2. */
final class Samples {
    private Samples() {
    }

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
        static final Codec<KeyShare> CODEC = struct(
                field("client_shares", vector(2, KeyShareEntry.CODEC), KeyShare::clientShares),
                KeyShare::new);

        @Override
        public int type() {
            return 51;
        }
    }

    record Versions(Vector<Integer> versions) implements Ext {
        static final Codec<Versions> CODEC = struct(
                field("versions", vector(1, uint16(), 2, 254), Versions::versions),
                Versions::new);

        @Override
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
            .caseOf(51, "key_share", KeyShare.class, KeyShare.CODEC)
            .caseOf(43, "supported_versions", Versions.class, Versions.CODEC);

    static final Codec<Ext> EXT = EXT_CASES.otherwise(UnknownExt.class, UnknownExt::new, UnknownExt::body);

    static final Codec<Ext> EXT_LENIENT = EXT_CASES
            .lenient(MalformedExt.class, MalformedExt::new, MalformedExt::body)
            .otherwise(UnknownExt.class, UnknownExt::new, UnknownExt::body);

    record Hello(int legacyVersion, Bytes random, Bytes sessionId, Vector<Integer> cipherSuites,
                 Bytes compressionMethods, Vector<Ext> extensions) {
    }

    static Codec<Hello> hello(Codec<Ext> ext) {
        return struct(
                field("legacy_version", uint16(), Hello::legacyVersion),
                field("random", fixed(32), Hello::random),
                field("legacy_session_id", opaque(1, 0, 32), Hello::sessionId),
                field("cipher_suites", vector(2, uint16(), 2, 0xfffe), Hello::cipherSuites),
                field("legacy_compression_methods", opaque(1, 1, 0xff), Hello::compressionMethods),
                field("extensions", vector(2, ext, 8, 0xffff), Hello::extensions),
                Hello::new).withContext("ClientHello");
    }

    static final Codec<Hello> HELLO = hello(EXT);

    static Hello sampleHello() {
        return new Hello(0x0303, Bytes.zeros(32).concat(Bytes.empty()), Bytes.fromHex("aabb"),
                Vector.of(0x1301, 0x1302),
                Bytes.fromHex("00"),
                Vector.of(
                        new UnknownExt(0, Bytes.fromHex("0000")),
                        new Versions(Vector.of(0x0304, 0x0303)),
                        new UnknownExt(0x0a0a, Bytes.empty()),
                        new KeyShare(Vector.of(new KeyShareEntry(29, Bytes.fromHex("0102030405")),
                                new KeyShareEntry(23, Bytes.fromHex("04aa"))))));
    }

    static Bytes encode(Codec<Hello> codec, Hello hello) {
        return codec.encode(hello).get();
    }

    static final Codec<Bytes> OPAQUE8 = opaque8();
    static final Codec<Bytes> OPAQUE16 = opaque16();
}
