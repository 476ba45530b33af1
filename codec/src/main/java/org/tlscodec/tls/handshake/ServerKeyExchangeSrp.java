package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.conditional;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import io.vavr.control.Option;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * ServerKeyExchange of the SRP suites (RFC 5054 section 2.6): {@code ServerSRPParams params;}
 * followed by {@code digitally-signed struct {...} signed_params;} for SRP_SHA_RSA and SRP_SHA_DSS;
 * SRP_SHA sends the params alone, and {@link #signedParams} is absent exactly then.
 */
public record ServerKeyExchangeSrp(ServerSRPParams params, Option<DigitallySigned> signedParams) implements ServerKeyExchange {

    /** The codec; {@code signature} is the version's DigitallySigned, none for SRP_SHA. */
    public static Codec<ServerKeyExchangeSrp> codec(Option<Codec<DigitallySigned>> signature) {
        return struct(
                field("params", ServerSRPParams.CODEC, ServerKeyExchangeSrp::params),
                field("signed_params", conditional(signature.isDefined(), signature.getOrElse(DigitallySigned.TLS12)),
                        ServerKeyExchangeSrp::signedParams),
                ServerKeyExchangeSrp::new);
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.SERVER_KEY_EXCHANGE;
    }
}
