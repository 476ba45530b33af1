package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * {@code case psk: opaque psk_identity<0..2^16-1>;} (RFC 4279 section 2): the identity of the
 * pre-shared key, nothing else.
 */
public record ClientKeyExchangePsk(Bytes pskIdentity) implements ClientKeyExchange {
    public static final Codec<ClientKeyExchangePsk> CODEC = struct(
            field("psk_identity", opaque(2, 0, 0xffff), ClientKeyExchangePsk::pskIdentity),
            ClientKeyExchangePsk::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CLIENT_KEY_EXCHANGE;
    }
}
