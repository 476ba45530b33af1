package org.tlscodec.tls.handshake;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * A ServerKeyExchange body that did not decode under a lenient context: the bytes, written back as
 * they came, and why they did not decode. Never made by a strict codec.
 */
public record ServerKeyExchangeMalformed(Bytes body, CodecError error) implements ServerKeyExchange {

    @Override
    public HandshakeType msgType() {
        return HandshakeType.SERVER_KEY_EXCHANGE;
    }
}
