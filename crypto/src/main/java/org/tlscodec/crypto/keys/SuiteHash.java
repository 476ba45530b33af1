package org.tlscodec.crypto.keys;

import io.vavr.control.Either;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.crypto.suite.PrfHash;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * The hash a suite derives its keys with, as a {@link HashAlgorithm} the derivations take: the
 * TLS 1.2 PRF's P_hash (RFC 5246 section 5: "the PRF ... SHA-256 ... unless the cipher suite
 * says otherwise") and the TLS 1.3 HKDF hash (RFC 8446 appendix B.4: the hash in the suite's
 * name). {@link CipherSuiteInfo#prf()} names it; this is the one place that maps the name to the
 * function.
 */
public final class SuiteHash {
    private SuiteHash() {
    }

    /** The P_hash or HKDF hash {@code suite} uses in {@code version} (TLS 1.2 or 1.3). */
    public static Either<KeysError, HashAlgorithm> of(CipherSuiteInfo suite, ProtocolVersion version) {
        PrfHash prf = suite.prfFor(version);
        switch (prf) {
            case SHA256:
                return Either.right(HashAlgorithm.SHA256);
            case SHA384:
                return Either.right(HashAlgorithm.SHA384);
            case SHA512:
                return Either.right(HashAlgorithm.SHA512);
            case SM3:
                return Either.right(HashAlgorithm.SM3);
            default:
                return Either.left(new KeysError.Unsupported(suite.name() + " in " + version + " derives keys with "
                        + prf + ", which is not a single hash this library derives with"));
        }
    }
}
