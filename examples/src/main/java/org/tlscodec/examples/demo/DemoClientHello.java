package org.tlscodec.examples.demo;

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
 * DEMO: the fields of a ClientHello (RFC 8446 section 4.1.2), with code points kept as plain
 * integers. The real {@code ClientHello} has typed cipher suites and extensions.
 *
 * <pre>
 * struct {
 *     ProtocolVersion legacy_version = 0x0303;
 *     Random random;                                  // opaque[32]
 *     opaque legacy_session_id&lt;0..32&gt;;
 *     CipherSuite cipher_suites&lt;2..2^16-2&gt;;           // uint16 each
 *     opaque legacy_compression_methods&lt;1..2^8-1&gt;;
 *     Extension extensions&lt;8..2^16-1&gt;;               // here &lt;0..2^16-1&gt;
 * } ClientHello;
 * </pre>
 */
public record DemoClientHello(
        int legacyVersion,
        Bytes random,
        Bytes legacySessionId,
        Vector<Integer> cipherSuites,
        Bytes legacyCompressionMethods,
        Vector<DemoExtension> extensions) {

    public static final Codec<DemoClientHello> CODEC = struct(
            field("legacy_version", uint16(), DemoClientHello::legacyVersion),
            field("random", fixed(32), DemoClientHello::random),
            field("legacy_session_id", opaque(1, 0, 32), DemoClientHello::legacySessionId),
            field("cipher_suites", vector(2, uint16(), 2, 0xfffe), DemoClientHello::cipherSuites),
            field("legacy_compression_methods", opaque(1, 1, 0xff), DemoClientHello::legacyCompressionMethods),
            field("extensions", vector(2, DemoExtension.CODEC, 0, 0xffff), DemoClientHello::extensions),
            DemoClientHello::new);
}
