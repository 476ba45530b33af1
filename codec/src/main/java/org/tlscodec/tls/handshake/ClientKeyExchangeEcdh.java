package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.optional;
import static org.tlscodec.codec.Codecs.struct;

import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * {@code ClientECDiffieHellmanPublic} (RFC 8422 section 5.7):
 * {@code select (PublicValueEncoding) { case implicit: struct { }; case explicit: ECPoint ecdh_Yc; } ecdh_public;}.
 * Implicit (ECDSA_fixed_ECDH client authentication, RFC 4492) leaves the body empty; an empty body
 * reads as implicit, a non-empty one as explicit.
 */
public record ClientKeyExchangeEcdh(Option<ECPoint> ecdhYc) implements ClientKeyExchange {
    public static final Codec<ClientKeyExchangeEcdh> CODEC = struct(
            field("ecdh_Yc", optional(ECPoint.CODEC), ClientKeyExchangeEcdh::ecdhYc),
            ClientKeyExchangeEcdh::new);

    /** An explicit public point. */
    public static ClientKeyExchangeEcdh explicit(Bytes point) {
        return new ClientKeyExchangeEcdh(Option.some(new ECPoint(point)));
    }

    /** The implicit form: the key is in the client certificate. */
    public static ClientKeyExchangeEcdh implicit() {
        return new ClientKeyExchangeEcdh(Option.none());
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CLIENT_KEY_EXCHANGE;
    }
}
