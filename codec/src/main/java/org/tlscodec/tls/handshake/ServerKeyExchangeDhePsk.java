package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * {@code case diffie_hellman_psk: opaque psk_identity_hint<0..2^16-1>; ServerDHParams params;}
 * (RFC 4279 section 3): unsigned, the PSK authenticates.
 */
public record ServerKeyExchangeDhePsk(Bytes pskIdentityHint, ServerDHParams params) implements ServerKeyExchange {
    public static final Codec<ServerKeyExchangeDhePsk> CODEC = struct(
            field("psk_identity_hint", opaque(2, 0, 0xffff), ServerKeyExchangeDhePsk::pskIdentityHint),
            field("params", ServerDHParams.CODEC, ServerKeyExchangeDhePsk::params),
            ServerKeyExchangeDhePsk::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.SERVER_KEY_EXCHANGE;
    }
}
