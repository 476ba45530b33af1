package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * {@code case rsa_psk: opaque psk_identity<0..2^16-1>; EncryptedPreMasterSecret;} (RFC 4279 section
 * 4): the identity, then the RSA-encrypted secret with its length (PSK suites exist only in TLS).
 */
public record ClientKeyExchangeRsaPsk(Bytes pskIdentity, Bytes preMasterSecret) implements ClientKeyExchange {
    public static final Codec<ClientKeyExchangeRsaPsk> CODEC = struct(
            field("psk_identity", opaque(2, 0, 0xffff), ClientKeyExchangeRsaPsk::pskIdentity),
            field("pre_master_secret", opaque(2, 0, 0xffff), ClientKeyExchangeRsaPsk::preMasterSecret),
            ClientKeyExchangeRsaPsk::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CLIENT_KEY_EXCHANGE;
    }
}
