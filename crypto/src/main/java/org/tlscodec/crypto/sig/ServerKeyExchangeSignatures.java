package org.tlscodec.crypto.sig;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.security.SecureRandom;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.handshake.DigitallySigned;
import org.tlscodec.tls.handshake.ServerDHParams;
import org.tlscodec.tls.handshake.ServerECDHParams;
import org.tlscodec.tls.handshake.ServerKeyExchange;
import org.tlscodec.tls.handshake.ServerKeyExchangeDh;
import org.tlscodec.tls.handshake.ServerKeyExchangeEcdh;
import org.tlscodec.tls.handshake.ServerKeyExchangeRsa;
import org.tlscodec.tls.handshake.ServerKeyExchangeSrp;
import org.tlscodec.tls.handshake.ServerRSAParams;
import org.tlscodec.tls.handshake.ServerSRPParams;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * The signature of a ServerKeyExchange (RFC 5246 section 7.4.3; RFC 4346, RFC 2246 and RFC 6101
 * alike; RFC 8422 section 5.4 for ECDHE; RFC 5054 section 2.6 for SRP): over
 * {@code ClientHello.random + ServerHello.random + params}, with the params as sent. The codec
 * writes a decoded message back byte for byte, so the params' bytes are their codec's encoding.
 * A TLS 1.2 signature must use a TLS 1.2 code (not a TLS 1.3-only one such as the brainpool
 * schemes of RFC 8734); one without algorithm field takes the TLS 1.0/1.1 form of the key.
 */
public final class ServerKeyExchangeSignatures {
    private ServerKeyExchangeSignatures() {
    }

    /** The params a ServerKeyExchange signs, as sent, and its {@code signed_params}. */
    public record SignedParams(Bytes params, DigitallySigned signature) {
    }

    /** The signed parts of a signed ServerKeyExchange; an anonymous or PSK one carries no signature. */
    public static Either<SignatureError, SignedParams> signedParams(ServerKeyExchange message) {
        if (message instanceof ServerKeyExchangeDh dh && dh.signedParams().isDefined()) {
            return encode(ServerDHParams.CODEC.encode(dh.params())).map(p -> new SignedParams(p, dh.signedParams().get()));
        }
        if (message instanceof ServerKeyExchangeEcdh ec && ec.signedParams().isDefined()) {
            return encode(ServerECDHParams.CODEC.encode(ec.params())).map(p -> new SignedParams(p, ec.signedParams().get()));
        }
        if (message instanceof ServerKeyExchangeRsa rsa) {
            return encode(ServerRSAParams.CODEC.encode(rsa.params())).map(p -> new SignedParams(p, rsa.signedParams()));
        }
        if (message instanceof ServerKeyExchangeSrp srp && srp.signedParams().isDefined()) {
            return encode(ServerSRPParams.CODEC.encode(srp.params())).map(p -> new SignedParams(p, srp.signedParams().get()));
        }
        return Either.left(new SignatureError.NotSigned("this " + message.getClass().getSimpleName()
                + " (anonymous, PSK or unread key exchange)"));
    }

    /** Whether the ServerKeyExchange is signed by the private half of {@code key} (the server certificate's key). */
    public static Either<SignatureError, Verification> verify(ServerKeyExchange message, Bytes clientRandom, Bytes serverRandom,
                                                             VerifyingKey key) {
        return signedParams(message).flatMap(signed -> tls12Code(signed.signature().algorithm()).flatMap(ok ->
                SignedContent.serverKeyExchange(clientRandom, serverRandom, signed.params())
                        .flatMap(content -> Signatures.verify(signed.signature(), key, content))));
    }

    /**
     * The {@code signed_params} for {@code params} (as they will be sent): with {@code algorithm}
     * for TLS 1.2, in the TLS 1.0/1.1 form when none.
     */
    public static Either<SignatureError, DigitallySigned> sign(Option<SignatureScheme> algorithm, SigningKey key, Bytes clientRandom,
                                                               Bytes serverRandom, Bytes params, SecureRandom random) {
        return tls12Code(algorithm).flatMap(ok -> SignedContent.serverKeyExchange(clientRandom, serverRandom, params)
                .flatMap(content -> Signatures.sign(algorithm, key, content, random)));
    }

    private static Either<SignatureError, Boolean> tls12Code(Option<SignatureScheme> algorithm) {
        if (algorithm.isEmpty()) {
            return Either.right(true);
        }
        return Schemes.info(algorithm.get()).flatMap(info -> info.tls12() ? Either.right(true)
                : Either.left(new SignatureError.SchemeNotAllowed(info.scheme(), "a ServerKeyExchange",
                        "the code is defined for TLS 1.3 only, and TLS 1.2 signatures use SignatureAndHashAlgorithm pairs (RFC 5246 section 7.4.1.4.1)")));
    }

    private static Either<SignatureError, Bytes> encode(Either<CodecError, Bytes> encoded) {
        return encoded.mapLeft(e -> new SignatureError.MalformedInput("ServerKeyExchange params", e.describe()));
    }
}
