package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.optional;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.extension.Extensions;
import org.tlscodec.tls.extension.SupportedVersionsClientHello;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.CompressionMethod;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * ClientHello (RFC 8446 section 4.1.2, RFC 5246 section 7.4.1.2). One wire struct serves every
 * version from SSL 3.0 to TLS 1.3: TLS 1.3 only renamed the fields it froze. The extensions block
 * is optional because hellos before RFC 3546 end after the compression methods (RFC 5246 section
 * 7.4.1.2: "the presence of extensions can be detected by determining whether there are bytes
 * following"); absent and empty ({@code 00 00}) are told apart, so both re-encode exactly. The
 * lower bound of 8 bytes RFC 8446 puts on the block of a TLS 1.3 hello is left to validation,
 * since a TLS 1.2 hello may send an empty one.
 *
 * <p>The random is read as TLS 1.3 reads it (32 opaque bytes) when supported_versions offers
 * TLS 1.3, else as the clock-and-bytes struct of TLS 1.2: the same 32 bytes either way.
 */
public record ClientHello(
        ProtocolVersion legacyVersion,
        Random random,
        Bytes legacySessionId,
        Vector<CipherSuite> cipherSuites,
        Vector<CompressionMethod> legacyCompressionMethods,
        Option<Vector<Extension>> extensions) implements HandshakeMessage {

    private static final Codec<ClientHello> STRICT = build(false);
    private static final Codec<ClientHello> LENIENT = build(true);

    /** The strict codec. */
    public static final Codec<ClientHello> CODEC = STRICT;

    /** The codec in a context: only strict or lenient matters, since a hello is read before anything is negotiated. */
    public static Codec<ClientHello> codec(WireContext ctx) {
        return ctx.lenient() ? LENIENT : STRICT;
    }

    private static Codec<ClientHello> build(boolean lenient) {
        return struct(
                field("legacy_version", ProtocolVersion.CODEC, ClientHello::legacyVersion),
                field("random", fixed(32), (ClientHello h) -> h.random().bytes()),
                field("legacy_session_id", opaque(1, 0, 32), ClientHello::legacySessionId),
                field("cipher_suites", vector(2, CipherSuite.CODEC, 2, 0xfffe), ClientHello::cipherSuites),
                field("legacy_compression_methods", vector(1, CompressionMethod.CODEC, 1, 0xff), ClientHello::legacyCompressionMethods),
                field("extensions", optional(Extensions.list(ExtensionContext.CLIENT_HELLO, lenient)), ClientHello::extensions),
                (v, r, sid, suites, comp, ext) -> new ClientHello(v, Random.of(r, offersTls13(ext)), sid, suites, comp, ext));
    }

    /** True when supported_versions offers TLS 1.3 (or a draft of it): the hello is then read as a TLS 1.3 one. */
    public static boolean offersTls13(Option<Vector<Extension>> extensions) {
        // Indexed loops: every hello decoded asks this, and Vavr's exists would allocate iterators and lambdas.
        if (extensions.isEmpty()) {
            return false;
        }
        Vector<Extension> list = extensions.get();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof SupportedVersionsClientHello offered) {
                Vector<ProtocolVersion> versions = offered.versions();
                for (int j = 0; j < versions.size(); j++) {
                    if (versions.get(j).isTls13OrLater()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CLIENT_HELLO;
    }
}
