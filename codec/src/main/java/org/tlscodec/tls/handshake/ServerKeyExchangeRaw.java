package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * A ServerKeyExchange body kept as bytes: where the suite (so the key exchange) is not known,
 * where the key exchange defines no ServerKeyExchange (static DH and ECDH,
 * NULL), or where this library has no definition for it (KRB5, FORTEZZA, GOST, ECCPWD, SM2).
 * A caller can always decode, and decode again once it knows more.
 */
public record ServerKeyExchangeRaw(Bytes body) implements ServerKeyExchange {
    public static final Codec<ServerKeyExchangeRaw> CODEC = struct(
            field("body", remaining(), ServerKeyExchangeRaw::body),
            ServerKeyExchangeRaw::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.SERVER_KEY_EXCHANGE;
    }
}
