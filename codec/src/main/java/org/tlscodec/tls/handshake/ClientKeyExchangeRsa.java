package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * {@code EncryptedPreMasterSecret} (RFC 5246 section 7.4.7.1): the premaster secret encrypted
 * with the server's RSA key, {@code public-key-encrypted PreMasterSecret pre_master_secret;}, which
 * TLS writes as {@code opaque<0..2^16-1>} (section 4.7). SSL 3.0 writes it without the length: the
 * ciphertext is the whole body (RFC 6101 section 5.6.7.1); the version decides.
 */
public record ClientKeyExchangeRsa(Bytes preMasterSecret) implements ClientKeyExchange {
    /** TLS 1.0 and later: with its two-byte length. */
    public static final Codec<ClientKeyExchangeRsa> TLS = struct(
            field("pre_master_secret", opaque(2, 0, 0xffff), ClientKeyExchangeRsa::preMasterSecret),
            ClientKeyExchangeRsa::new);

    /** SSL 3.0: the whole body. */
    public static final Codec<ClientKeyExchangeRsa> SSL3 = struct(
            field("pre_master_secret", remaining(), ClientKeyExchangeRsa::preMasterSecret),
            ClientKeyExchangeRsa::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CLIENT_KEY_EXCHANGE;
    }
}
