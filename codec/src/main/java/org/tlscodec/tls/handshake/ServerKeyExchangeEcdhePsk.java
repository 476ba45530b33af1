package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * {@code case ec_diffie_hellman_psk: opaque psk_identity_hint<0..2^16-1>; ServerECDHParams params;}
 * (RFC 5489 section 2): unsigned, the PSK authenticates.
 */
public record ServerKeyExchangeEcdhePsk(Bytes pskIdentityHint, ServerECDHParams params) implements ServerKeyExchange {
    public static final Codec<ServerKeyExchangeEcdhePsk> CODEC = struct(
            field("psk_identity_hint", opaque(2, 0, 0xffff), ServerKeyExchangeEcdhePsk::pskIdentityHint),
            field("params", ServerECDHParams.CODEC, ServerKeyExchangeEcdhePsk::params),
            ServerKeyExchangeEcdhePsk::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.SERVER_KEY_EXCHANGE;
    }
}
