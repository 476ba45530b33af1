package org.tlscodec.bench.synthetic;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * The shape of RFC 8446 section 4.1.2:
 *
 * <pre>
 * struct {
 *     uint16 legacy_version;
 *     opaque random[32];
 *     opaque legacy_session_id&lt;0..32&gt;;
 *     uint16 cipher_suites&lt;2..2^16-2&gt;;
 *     opaque legacy_compression_methods&lt;1..2^8-1&gt;;
 *     Extension extensions&lt;0..2^16-1&gt;;
 * } ClientHello;
 * </pre>
 *
 * Cipher suites stay plain {@code Integer}s: the benchmark is about the combinators, not a registry.
 */
public record ClientHello(int legacyVersion, Bytes random, Bytes legacySessionId, Vector<Integer> cipherSuites,
                          Bytes legacyCompressionMethods, Vector<Extension> extensions) {

    public static final Codec<ClientHello> CODEC = struct(
            field("legacy_version", uint16(), ClientHello::legacyVersion),
            field("random", fixed(32), ClientHello::random),
            field("legacy_session_id", opaque(1, 0, 32), ClientHello::legacySessionId),
            field("cipher_suites", vector(2, uint16(), 2, 0xfffe), ClientHello::cipherSuites),
            field("legacy_compression_methods", opaque(1, 1, 0xff), ClientHello::legacyCompressionMethods),
            field("extensions", vector(2, Extension.CODEC, 0, 0xffff), ClientHello::extensions),
            ClientHello::new);
}
