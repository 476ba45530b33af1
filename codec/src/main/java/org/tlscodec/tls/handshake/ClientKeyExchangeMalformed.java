package org.tlscodec.tls.handshake;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * A ClientKeyExchange body that did not decode under a lenient context: the bytes, written back as
 * they came, and why they did not decode. Never made by a strict codec.
 */
public record ClientKeyExchangeMalformed(Bytes body, CodecError error) implements ClientKeyExchange {

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CLIENT_KEY_EXCHANGE;
    }
}
