package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * {@code opaque psk_identity_hint<0..2^16-1>;}: ServerKeyExchange of the PSK suites (RFC 4279
 * section 2) and of the RSA_PSK suites (section 4), which add nothing else because the RSA key is
 * in the certificate. The hint may be empty.
 */
public record ServerKeyExchangePsk(Bytes pskIdentityHint) implements ServerKeyExchange {
    public static final Codec<ServerKeyExchangePsk> CODEC = struct(
            field("psk_identity_hint", opaque(2, 0, 0xffff), ServerKeyExchangePsk::pskIdentityHint),
            ServerKeyExchangePsk::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.SERVER_KEY_EXCHANGE;
    }
}
