package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.conditional;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import io.vavr.control.Option;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * ServerKeyExchange of the finite-field Diffie-Hellman suites (RFC 5246 section 7.4.3):
 * {@code ServerDHParams params;} followed, for dhe_dss and dhe_rsa (and their export forms,
 * RFC 4346), by {@code digitally-signed struct {...} signed_params;}. DH_anon sends no signature,
 * so {@link #signedParams} is absent exactly under an anonymous suite.
 */
public record ServerKeyExchangeDh(ServerDHParams params, Option<DigitallySigned> signedParams) implements ServerKeyExchange {

    /** The codec; {@code signature} is the version's DigitallySigned, none for DH_anon. */
    public static Codec<ServerKeyExchangeDh> codec(Option<Codec<DigitallySigned>> signature) {
        return struct(
                field("params", ServerDHParams.CODEC, ServerKeyExchangeDh::params),
                field("signed_params", conditional(signature.isDefined(), signature.getOrElse(DigitallySigned.TLS12)),
                        ServerKeyExchangeDh::signedParams),
                ServerKeyExchangeDh::new);
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.SERVER_KEY_EXCHANGE;
    }
}
