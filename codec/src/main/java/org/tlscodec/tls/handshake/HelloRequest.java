package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.provide;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * HelloRequest ({@code struct {} HelloRequest;}, RFC 5246 section 7.4.1.1). The body is empty: the
 * message itself is the request to renegotiate.
 */
public record HelloRequest() implements HandshakeMessage {
    public static final Codec<HelloRequest> CODEC = provide(new HelloRequest()).named("HelloRequest");

    @Override
    public HandshakeType msgType() {
        return HandshakeType.HELLO_REQUEST;
    }
}
