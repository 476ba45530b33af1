package org.tlscodec.crypto.x509;

import java.time.Instant;

/**
 * One thing wrong with a certification path. {@code position} counts from the leaf (0) up the
 * path, the trust anchor last.
 */
public sealed interface ChainProblem {

    /** Where in the path; 0 is the leaf. */
    int position();

    record EmptyChain() implements ChainProblem {
        @Override
        public int position() {
            return 0;
        }
    }

    /** No trust anchor has the name the last certificate of the chain names as issuer. */
    record NoTrustAnchor(int position, String issuer) implements ChainProblem {
    }

    /** The certificate's issuer is not the next certificate's subject (RFC 5280 section 6.1.3 (a)(4)). */
    record NameMismatch(int position, String issuer, String nextSubject) implements ChainProblem {
    }

    /** The signature does not verify with the next certificate's key (RFC 5280 section 6.1.3 (a)(1)). */
    record BadSignature(int position, String detail) implements ChainProblem {
    }

    record NotYetValid(int position, Instant notBefore, Instant at) implements ChainProblem {
    }

    record Expired(int position, Instant notAfter, Instant at) implements ChainProblem {
    }

    /** An issuer without basicConstraints cA (RFC 5280 section 6.1.4 (k)). */
    record NotACa(int position) implements ChainProblem {
    }

    /** More CAs below an issuer than its pathLenConstraint allows (RFC 5280 section 6.1.4 (l), (m)). */
    record PathLengthExceeded(int position, int pathLength, int casBelow) implements ChainProblem {
    }

    /** An issuer whose keyUsage lacks keyCertSign (RFC 5280 section 6.1.4 (n)). */
    record MissingKeyCertSign(int position) implements ChainProblem {
    }

    /** A TLS leaf whose keyUsage lacks digitalSignature (RFC 8446 section 4.4.2.2). */
    record MissingDigitalSignature(int position) implements ChainProblem {
    }

    /** A leaf whose extendedKeyUsage lacks the purpose (RFC 5280 section 4.2.1.12). */
    record WrongExtendedKeyUsage(int position, KeyPurpose wanted) implements ChainProblem {
    }

    /** A critical extension this verifier does not process (RFC 5280 section 6.1.4 (o)). */
    record UnhandledCriticalExtension(int position, String oid) implements ChainProblem {
    }
}
