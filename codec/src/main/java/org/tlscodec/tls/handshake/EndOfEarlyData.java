package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.provide;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * EndOfEarlyData ({@code struct {} EndOfEarlyData;}, RFC 8446 section 4.5). The body is empty: it
 * only marks where the client's 0-RTT data ends and its handshake keys begin.
 */
public record EndOfEarlyData() implements HandshakeMessage {
    public static final Codec<EndOfEarlyData> CODEC = provide(new EndOfEarlyData()).named("EndOfEarlyData");

    @Override
    public HandshakeType msgType() {
        return HandshakeType.END_OF_EARLY_DATA;
    }
}
