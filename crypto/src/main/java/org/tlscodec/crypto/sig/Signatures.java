package org.tlscodec.crypto.sig;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.security.SecureRandom;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.handshake.DigitallySigned;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * Signing and verifying keyed by the {@code SignatureScheme} registry value (RFC 8446 section
 * 4.2.3; in TLS 1.2 the SignatureAndHashAlgorithm pair of RFC 5246 section 7.4.1.4.1, the same two
 * bytes), and the {@code digitally-signed} element of RFC 5246 section 4.7, whose algorithm field
 * TLS 1.0/1.1 leave out ({@link LegacySignatures}). The key must fit the scheme (an Ed25519 key
 * cannot make rsa_pss_rsae_sha256 signatures): the error names both.
 *
 * <p>Verification never throws and never answers {@link Verification#VALID} for bytes that are
 * not a signature of the scheme's form; those are {@link SignatureError.MalformedSignature}.
 */
public final class Signatures {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signatures() {
    }

    /** The scheme's definition when {@code key} makes its signatures (TLS 1.2 reading: any curve for the SHA-2 ECDSA codes). */
    public static Either<SignatureError, SignatureSchemeInfo> fit(SignatureScheme scheme, KeyKind key) {
        return Schemes.fit(scheme, key);
    }

    /** Every scheme a key makes, in code order: what a peer with this key may offer. */
    public static Vector<SignatureScheme> schemesFor(KeyKind key) {
        return SignatureSchemeInfo.ALL.map(SignatureSchemeInfo::scheme).filter(s -> Schemes.fit(s, key).isRight());
    }

    /** A signature of {@code content} by {@code key} under {@code scheme}, with the system's randomness. */
    public static Either<SignatureError, Bytes> sign(SignatureScheme scheme, SigningKey key, Bytes content) {
        return sign(scheme, key, content, RANDOM);
    }

    /**
     * A signature of {@code content} by {@code key} under {@code scheme}; the RSASSA-PSS salt and
     * the ECDSA and DSA nonces come from {@code random} (RSASSA-PKCS1-v1_5 and EdDSA use none).
     */
    public static Either<SignatureError, Bytes> sign(SignatureScheme scheme, SigningKey key, Bytes content, SecureRandom random) {
        return Schemes.fit(scheme, key.kind()).flatMap(info -> Method.of(info).sign(key.key(), content, random));
    }

    /** Whether {@code signature} is a {@code scheme} signature of {@code content} by the private half of {@code key}. */
    public static Either<SignatureError, Verification> verify(SignatureScheme scheme, VerifyingKey key, Bytes content, Bytes signature) {
        return Schemes.fit(scheme, key.kind()).flatMap(info -> Method.of(info).verify(key.key(), key.kind(), content, signature));
    }

    /**
     * A {@code digitally-signed} element of {@code content} (RFC 5246 section 4.7): with an
     * algorithm for TLS 1.2, without one ({@code algorithm} none) for TLS 1.0/1.1 and SSL 3.0.
     */
    public static Either<SignatureError, DigitallySigned> sign(Option<SignatureScheme> algorithm, SigningKey key, Bytes content,
                                                               SecureRandom random) {
        if (algorithm.isDefined()) {
            return sign(algorithm.get(), key, content, random).map(s -> DigitallySigned.of(algorithm.get(), s));
        }
        return LegacySignatures.sign(key, content, random).map(DigitallySigned::legacy);
    }

    /** Whether a {@code digitally-signed} element holds a signature of {@code content} by {@code key}, in its version's form. */
    public static Either<SignatureError, Verification> verify(DigitallySigned element, VerifyingKey key, Bytes content) {
        if (element.algorithm().isDefined()) {
            return verify(element.algorithm().get(), key, content, element.signature());
        }
        return LegacySignatures.verify(key, content, element.signature());
    }
}
