package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.provide;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * ServerHelloDone ({@code struct { } ServerHelloDone;}, RFC 5246 section 7.4.5). The body is
 * empty: it only ends the server's first flight.
 */
public record ServerHelloDone() implements HandshakeMessage {
    public static final Codec<ServerHelloDone> CODEC = provide(new ServerHelloDone()).named("ServerHelloDone");

    @Override
    public HandshakeType msgType() {
        return HandshakeType.SERVER_HELLO_DONE;
    }
}
