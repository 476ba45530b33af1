package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * {@code case ec_diffie_hellman_psk: opaque psk_identity<0..2^16-1>; ClientECDiffieHellmanPublic public;}
 * (RFC 5489 section 2): always explicit.
 */
public record ClientKeyExchangeEcdhePsk(Bytes pskIdentity, ECPoint ecdhYc) implements ClientKeyExchange {
    public static final Codec<ClientKeyExchangeEcdhePsk> CODEC = struct(
            field("psk_identity", opaque(2, 0, 0xffff), ClientKeyExchangeEcdhePsk::pskIdentity),
            field("ecdh_Yc", ECPoint.CODEC, ClientKeyExchangeEcdhePsk::ecdhYc),
            ClientKeyExchangeEcdhePsk::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CLIENT_KEY_EXCHANGE;
    }
}
