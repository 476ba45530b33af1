package org.tlscodec.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.Rendered;
import org.tlscodec.codec.RenderedText;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.Handshake;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.HelloRetryRequest;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * Decodes one reassembled handshake message (header and body) for {@code tlscodec records} with
 * {@link Handshake#codec(WireContext)}, and answers the context after it: a ServerHello fixes the
 * version and suite, which later messages need (Certificate's form, ServerKeyExchange's shape).
 * Messages a context cannot read yet stay raw and exact.
 */
final class HandshakeDecoder {
    private HandshakeDecoder() {
    }

    /** One decoded message: its JSON, its tree, whether it re-encoded exactly, and the context after it. */
    record Decoded(ObjectNode json, String tree, boolean exact, WireContext next) {
    }

    static Decoded decode(WireContext context, Bytes bytes) {
        Codec<HandshakeMessage> codec = Handshake.codec(context);
        Either<CodecError, HandshakeMessage> decoded = codec.decode(bytes);
        if (decoded.isLeft()) {
            return new Decoded(RecordsReport.error(decoded.getLeft()), "  " + decoded.getLeft().describe() + "\n", false, context);
        }
        return decoded(codec, context, decoded.get(), bytes);
    }

    /**
     * A message the session has already decoded from {@code bytes} ({@code dissect}'s records carry
     * it): rendered and re-encoded with the context's codec, not decoded again.
     */
    static Decoded decoded(WireContext context, HandshakeMessage m, Bytes bytes) {
        return decoded(Handshake.codec(context), context, m, bytes);
    }

    private static Decoded decoded(Codec<HandshakeMessage> codec, WireContext context, HandshakeMessage m, Bytes bytes) {
        Rendered rendered = codec.render(m);
        ObjectNode json = (ObjectNode) RenderedJson.of(rendered);
        boolean exact = codec.encode(m).map(bytes::equals).getOrElse(false);
        String tree = RenderedText.tree(m.msgType().display() + " (" + m.getClass().getSimpleName() + ")", rendered);
        return new Decoded(json, tree, exact, after(context, m));
    }

    private static WireContext after(WireContext context, HandshakeMessage m) {
        if (m instanceof ServerHello sh) {
            return context.withVersion(sh.negotiatedVersion()).withCipherSuite(sh.cipherSuite());
        }
        if (m instanceof HelloRetryRequest hrr) {
            return context.withVersion(ProtocolVersion.TLS_1_3).withCipherSuite(hrr.cipherSuite());
        }
        return context;
    }
}
