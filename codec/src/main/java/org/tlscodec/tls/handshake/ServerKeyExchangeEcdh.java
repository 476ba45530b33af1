package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.conditional;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import io.vavr.control.Option;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * ServerKeyExchange of the ephemeral elliptic-curve suites (RFC 8422 section 5.4):
 * {@code ServerECDHParams params; Signature signed_params;} for ec_diffie_hellman (ECDHE_ECDSA,
 * ECDHE_RSA), the params alone for ECDH_anon; {@link #signedParams} is absent exactly then.
 */
public record ServerKeyExchangeEcdh(ServerECDHParams params, Option<DigitallySigned> signedParams) implements ServerKeyExchange {

    /** The codec; {@code signature} is the version's DigitallySigned, none for ECDH_anon. */
    public static Codec<ServerKeyExchangeEcdh> codec(Option<Codec<DigitallySigned>> signature) {
        return struct(
                field("params", ServerECDHParams.CODEC, ServerKeyExchangeEcdh::params),
                field("signed_params", conditional(signature.isDefined(), signature.getOrElse(DigitallySigned.TLS12)),
                        ServerKeyExchangeEcdh::signedParams),
                ServerKeyExchangeEcdh::new);
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.SERVER_KEY_EXCHANGE;
    }
}
