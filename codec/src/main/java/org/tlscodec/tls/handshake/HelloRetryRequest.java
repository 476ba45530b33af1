package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.constant;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.optional;
import static org.tlscodec.codec.Codecs.struct;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.extension.Extensions;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.CompressionMethod;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * HelloRetryRequest (RFC 8446 section 4.1.4): a server_hello on the wire whose random is the
 * constant SHA-256("HelloRetryRequest"), so it carries no random of its own. Its extensions are
 * read in the HRR column of the section 4.2 table (key_share is a bare group here). Sent as
 * msg_type server_hello, so that is what {@link #msgType} answers. Read through
 * {@link ServerHello#withRetry}.
 */
public record HelloRetryRequest(
        ProtocolVersion legacyVersion,
        Bytes legacySessionIdEcho,
        CipherSuite cipherSuite,
        CompressionMethod legacyCompressionMethod,
        Option<Vector<Extension>> extensions) implements HandshakeMessage {

    private static final Codec<HelloRetryRequest> STRICT = build(false);
    private static final Codec<HelloRetryRequest> LENIENT = build(true);

    static Codec<HelloRetryRequest> codec(boolean lenient) {
        return lenient ? LENIENT : STRICT;
    }

    private static Codec<HelloRetryRequest> build(boolean lenient) {
        return struct(
                field("legacy_version", ProtocolVersion.CODEC, HelloRetryRequest::legacyVersion),
                field("random", constant(Random.HELLO_RETRY_REQUEST), (HelloRetryRequest h) -> Random.HELLO_RETRY_REQUEST),
                field("legacy_session_id_echo", opaque(1, 0, 32), HelloRetryRequest::legacySessionIdEcho),
                field("cipher_suite", CipherSuite.CODEC, HelloRetryRequest::cipherSuite),
                field("legacy_compression_method", CompressionMethod.CODEC, HelloRetryRequest::legacyCompressionMethod),
                field("extensions", optional(Extensions.list(ExtensionContext.HELLO_RETRY_REQUEST, lenient)), HelloRetryRequest::extensions),
                (v, random, sid, suite, comp, ext) -> new HelloRetryRequest(v, sid, suite, comp, ext));
    }

    /** The random on the wire: always the HelloRetryRequest constant. */
    public Random random() {
        return new Random.Tls13(Random.HELLO_RETRY_REQUEST);
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.SERVER_HELLO;
    }
}
