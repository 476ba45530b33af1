package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * {@code case diffie_hellman_psk: opaque psk_identity<0..2^16-1>; ClientDiffieHellmanPublic public;}
 * (RFC 4279 section 3): always explicit, since a PSK client has no DH certificate.
 */
public record ClientKeyExchangeDhePsk(Bytes pskIdentity, Bytes dhYc) implements ClientKeyExchange {
    public static final Codec<ClientKeyExchangeDhePsk> CODEC = struct(
            field("psk_identity", opaque(2, 0, 0xffff), ClientKeyExchangeDhePsk::pskIdentity),
            field("dh_Yc", opaque(2, 1, 0xffff), ClientKeyExchangeDhePsk::dhYc),
            ClientKeyExchangeDhePsk::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CLIENT_KEY_EXCHANGE;
    }
}
