package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * A ClientKeyExchange body kept as bytes: where the suite is not known, and for the key exchanges
 * this library does not define. KRB5 (RFC 2712): its KerberosWrapper declares the ticket, authenticator and
 * encrypted secret as opaque without bounds, so the length framing is the implementation's, and no
 * one reading is safe. FORTEZZA
 * (SSL 3.0, RFC 6101 section 5.6.7.1): never deployed outside closed systems, no bytes to check
 * against. GOST (RFC 9189): the body is a DER-encoded GostR3410-KeyTransport, ASN.1 that belongs to
 * the crypto layer. ECCPWD (RFC 8492) and SM2: not defined here yet. NULL: no key exchange at all.
 */
public record ClientKeyExchangeRaw(Bytes body) implements ClientKeyExchange {
    public static final Codec<ClientKeyExchangeRaw> CODEC = struct(
            field("body", remaining(), ClientKeyExchangeRaw::body),
            ClientKeyExchangeRaw::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CLIENT_KEY_EXCHANGE;
    }
}
