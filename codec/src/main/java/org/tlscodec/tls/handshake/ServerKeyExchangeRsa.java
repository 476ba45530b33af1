package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * {@code case rsa: ServerRSAParams params; Signature signed_params;} (RFC 2246 and RFC 4346 section
 * 7.4.3): the export suites' temporary RSA key, signed with the certificate's key.
 */
public record ServerKeyExchangeRsa(ServerRSAParams params, DigitallySigned signedParams) implements ServerKeyExchange {

    /** The codec with the version's DigitallySigned. */
    public static Codec<ServerKeyExchangeRsa> codec(Codec<DigitallySigned> signature) {
        return struct(
                field("params", ServerRSAParams.CODEC, ServerKeyExchangeRsa::params),
                field("signed_params", signature, ServerKeyExchangeRsa::signedParams),
                ServerKeyExchangeRsa::new);
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.SERVER_KEY_EXCHANGE;
    }
}
