package org.tlscodec.crypto.sig;

import io.vavr.control.Either;
import org.tlscodec.tls.registry.SignatureScheme;

/** Looking a scheme up and checking that a key can make its signatures. */
final class Schemes {
    private Schemes() {
    }

    /** "rsa_pss_rsae_sha256 (0x0804)". */
    static String describe(SignatureScheme scheme) {
        return scheme.name().map(n -> n + " (" + scheme.hexCode() + ")").getOrElse(scheme::hexCode);
    }

    /** The scheme's definition, or why there is none. */
    static Either<SignatureError, SignatureSchemeInfo> info(SignatureScheme scheme) {
        return SignatureSchemeInfo.of(scheme).toEither(() -> new SignatureError.UnsupportedScheme(scheme));
    }

    /**
     * The definition when {@code key} makes the scheme's signatures: the family's key (RFC 8446
     * section 4.2.3: rsa_pss_rsae_* need rsaEncryption, rsa_pss_pss_* id-RSASSA-PSS), and for a
     * scheme that exists only in TLS 1.3 and names a curve (the brainpool schemes of RFC 8734) that
     * curve. A TLS 1.2 code that TLS 1.3 also binds to a curve is checked for the curve by
     * {@link #fitsTls13}, since TLS 1.2 reads it on any curve.
     */
    static Either<SignatureError, SignatureSchemeInfo> fit(SignatureScheme scheme, KeyKind key) {
        return info(scheme).flatMap(info -> {
            if (!info.family().fits(key)) {
                return Either.left(new SignatureError.KeyDoesNotFitScheme(scheme, key, info.family().keyNeeded()));
            }
            if (!info.tls12()) {
                return curve(info, key);
            }
            return Either.right(info);
        });
    }

    /** {@link #fit} plus TLS 1.3's binding of an ECDSA scheme to its curve (RFC 8446 section 4.2.3). */
    static Either<SignatureError, SignatureSchemeInfo> fitsTls13(SignatureScheme scheme, KeyKind key) {
        return fit(scheme, key).flatMap(info -> curve(info, key));
    }

    private static Either<SignatureError, SignatureSchemeInfo> curve(SignatureSchemeInfo info, KeyKind key) {
        if (info.tls13Curve().isDefined() && key instanceof KeyKind.Ec ec && !ec.curve().equals(info.tls13Curve().get())) {
            return Either.left(new SignatureError.KeyDoesNotFitScheme(info.scheme(), key,
                    "an ECDSA key on " + info.tls13Curve().get()));
        }
        return Either.right(info);
    }
}
