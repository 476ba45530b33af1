package org.tlscodec.crypto.sig;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.security.SecureRandom;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.Sender;
import org.tlscodec.tls.handshake.CertificateVerify;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * The TLS 1.3 CertificateVerify (RFC 8446 section 4.4.3): a signature over
 * {@link SignedContent#certificateVerify} with the key of the sender's end-entity certificate.
 * Beyond the key fitting the scheme, TLS 1.3 allows only some schemes here: no RSASSA-PKCS1-v1_5
 * (other than the _legacy codes of draft-davidben-tls13-pkcs1), no SHA-1, no DSA, and an ECDSA
 * scheme only with the curve it names (RFC 8446 section 4.2.3).
 */
public final class CertificateVerifySignatures {
    private CertificateVerifySignatures() {
    }

    /**
     * Whether {@code message}, sent by {@code sender}, signs {@code transcriptHash} (the hash of
     * the handshake up to and including the Certificate) with the private half of {@code key}.
     */
    public static Either<SignatureError, Verification> verify(Sender sender, Bytes transcriptHash, CertificateVerify message,
                                                             VerifyingKey key) {
        return message.algorithm().toEither(() -> (SignatureError) new SignatureError.MalformedInput("TLS 1.3 CertificateVerify",
                        "has an algorithm field (RFC 8446 section 4.4.3); this one was read without"))
                .flatMap(scheme -> allowed(scheme, key.kind()))
                .flatMap(info -> SignedContent.certificateVerify(sender, transcriptHash)
                        .flatMap(content -> Signatures.verify(info.scheme(), key, content, message.signature())));
    }

    /** {@code sender}'s CertificateVerify over {@code transcriptHash}, signed with {@code scheme}. */
    public static Either<SignatureError, CertificateVerify> sign(Sender sender, Bytes transcriptHash, SignatureScheme scheme,
                                                                SigningKey key, SecureRandom random) {
        return allowed(scheme, key.kind()).flatMap(info -> SignedContent.certificateVerify(sender, transcriptHash)
                .flatMap(content -> Signatures.sign(scheme, key, content, random))
                .map(signature -> new CertificateVerify(Option.some(scheme), signature)));
    }

    /** The scheme's definition when TLS 1.3 allows it in a CertificateVerify and the key fits it, curve included. */
    public static Either<SignatureError, SignatureSchemeInfo> allowed(SignatureScheme scheme, KeyKind key) {
        return Schemes.info(scheme).flatMap(info -> info.tls13CertificateVerify() ? Schemes.fitsTls13(scheme, key)
                : Either.left(new SignatureError.SchemeNotAllowed(scheme, "a TLS 1.3 CertificateVerify",
                        "RFC 8446 section 4.4.3 rules out RSASSA-PKCS1-v1_5, SHA-1 and DSA there")));
    }
}
