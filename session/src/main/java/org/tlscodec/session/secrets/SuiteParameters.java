package org.tlscodec.session.secrets;

import io.vavr.control.Either;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.Prf;
import org.tlscodec.crypto.keys.SuiteHash;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * What the negotiated suite and version fix for the key derivations: the suite's parameters
 * ({@link CipherSuiteInfo}), the TLS 1.3 HKDF hash (RFC 8446 appendix B.4), and the PRF of SSL 3.0
 * to TLS 1.2 (RFC 5246 section 5: the suite's hash from TLS 1.2 on). Errors say what is missing.
 */
public final class SuiteParameters {
    private SuiteParameters() {
    }

    /** The suite's parameters, once the ServerHello (or HelloRetryRequest) chose it. */
    public static Either<SessionError, CipherSuiteInfo> suite(TlsSession s) {
        if (s.negotiated().cipherSuite().isEmpty()) {
            return Either.left(new SessionError.Protocol("no cipher suite negotiated yet"));
        }
        return of(s.negotiated().cipherSuite().get());
    }

    /** The parameters of {@code suite}. */
    public static Either<SessionError, CipherSuiteInfo> of(CipherSuite suite) {
        return CipherSuiteInfo.of(suite).toEither(() -> new SessionError.Crypto("cipher suite " + suite + " is not registered"));
    }

    /** The negotiated version. */
    public static Either<SessionError, ProtocolVersion> version(TlsSession s) {
        return s.negotiated().version().toEither(() -> new SessionError.Protocol("no version negotiated yet"));
    }

    /** The TLS 1.3 hash of {@code suite}. */
    public static Either<SessionError, HashAlgorithm> tls13Hash(CipherSuiteInfo suite) {
        return SuiteHash.of(suite, ProtocolVersion.TLS_1_3).mapLeft(e -> SessionError.crypto(e.message()));
    }

    /** The TLS 1.3 hash of the negotiated suite. */
    public static Either<SessionError, HashAlgorithm> tls13Hash(TlsSession s) {
        return suite(s).flatMap(SuiteParameters::tls13Hash);
    }

    /** The PRF of the negotiated version and suite (SSL 3.0 to TLS 1.2). */
    public static Either<SessionError, Prf> prf(TlsSession s) {
        return suite(s).flatMap(info -> version(s).flatMap(v -> {
            boolean tls12 = v.code() == ProtocolVersion.TLS_1_2.code();
            Either<SessionError, HashAlgorithm> hash = tls12
                    ? SuiteHash.of(info, v).mapLeft(e -> SessionError.crypto(e.message()))
                    : Either.right(HashAlgorithm.SHA256);
            return hash.flatMap(h -> Prf.of(v, h).toEither(() -> new SessionError.Crypto("no PRF in " + v)));
        }));
    }
}
