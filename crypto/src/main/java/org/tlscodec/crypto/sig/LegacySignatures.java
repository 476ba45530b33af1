package org.tlscodec.crypto.sig;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.security.SecureRandom;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.HashAlgorithm;

/**
 * The signatures of SSL 3.0, TLS 1.0 and TLS 1.1, whose {@code digitally-signed} element names no
 * algorithm: the key decides (RFC 4346 section 7.4.3, RFC 2246 section 7.4.3, RFC 6101 section
 * 5.6.3). An RSA key signs the 36 bytes MD5(content) || SHA-1(content) with PKCS#1 block type 1
 * and no DigestInfo; a DSA key signs SHA-1(content) (the Signature's sha_hash); an ECDSA key signs
 * SHA-1(content) (RFC 4492 section 5.4: "ecdsa" uses SHA-1 before TLS 1.2). Ed25519 and Ed448 have
 * no such form: they came with TLS 1.2 (RFC 8422).
 */
public final class LegacySignatures {
    private static final SecureRandom RANDOM = new SecureRandom();

    private LegacySignatures() {
    }

    /** A signature of {@code content} in the form {@code key} makes before TLS 1.2, with the system's randomness. */
    public static Either<SignatureError, Bytes> sign(SigningKey key, Bytes content) {
        return sign(key, content, RANDOM);
    }

    /** A signature of {@code content} in the form {@code key} makes before TLS 1.2; DSA and ECDSA nonces from {@code random}. */
    public static Either<SignatureError, Bytes> sign(SigningKey key, Bytes content, SecureRandom random) {
        return method(key.kind()).flatMap(m -> m.sign(key.key(), content, random));
    }

    /** Whether {@code signature} is the pre-TLS 1.2 signature of {@code content} by the private half of {@code key}. */
    public static Either<SignatureError, Verification> verify(VerifyingKey key, Bytes content, Bytes signature) {
        return method(key.kind()).flatMap(m -> m.verify(key.key(), key.kind(), content, signature));
    }

    /** The method a key uses without an algorithm field. */
    static Either<SignatureError, Method> method(KeyKind kind) {
        if (kind instanceof KeyKind.Rsa) {
            return Either.right(new Method("TLS 1.0/1.1 RSA signature (MD5 || SHA-1, no DigestInfo)", SignatureFamily.RSA_PKCS1,
                    Option.none(), Method.Input.MD5_SHA1));
        }
        if (kind instanceof KeyKind.Dsa) {
            return Either.right(new Method("TLS 1.0/1.1 DSA signature (SHA-1)", SignatureFamily.DSA,
                    Option.some(HashAlgorithm.SHA1), Method.Input.DIGEST));
        }
        if (kind instanceof KeyKind.Ec) {
            return Either.right(new Method("TLS 1.0/1.1 ECDSA signature (SHA-1)", SignatureFamily.ECDSA,
                    Option.some(HashAlgorithm.SHA1), Method.Input.DIGEST));
        }
        return Either.left(new SignatureError.NoLegacySignature(kind));
    }
}
