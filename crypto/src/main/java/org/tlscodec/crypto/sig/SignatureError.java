package org.tlscodec.crypto.sig;

import org.tlscodec.tls.registry.SignatureScheme;

/** Why a signature could not be made or checked; each message says what was expected. */
public sealed interface SignatureError {

    /** A sentence for logs and error reports. */
    String message();

    /** The scheme names no signature algorithm this library runs (e.g. GOST, SM2, a GREASE or unassigned code). */
    record UnsupportedScheme(SignatureScheme scheme) implements SignatureError {
        @Override
        public String message() {
            return "no signature algorithm of this library is registered as " + Schemes.describe(scheme)
                    + "; supported: RSASSA-PKCS1-v1_5, RSASSA-PSS, ECDSA, EdDSA and DSA schemes";
        }
    }

    /** The key is not of the kind the scheme signs with (RFC 8446 section 4.2.3, RFC 5246 section 7.4.1.4.1). */
    record KeyDoesNotFitScheme(SignatureScheme scheme, KeyKind key, String needed) implements SignatureError {
        @Override
        public String message() {
            return Schemes.describe(scheme) + " needs " + needed + ", not " + key.describe();
        }
    }

    /** The scheme is not one the protocol step allows (e.g. RSASSA-PKCS1-v1_5 in a TLS 1.3 CertificateVerify). */
    record SchemeNotAllowed(SignatureScheme scheme, String where, String rule) implements SignatureError {
        @Override
        public String message() {
            return Schemes.describe(scheme) + " is not allowed in " + where + ": " + rule;
        }
    }

    /** A TLS 1.0/1.1 or SSL 3.0 signature, which names no algorithm, is defined only for RSA, DSA and ECDSA keys. */
    record NoLegacySignature(KeyKind key) implements SignatureError {
        @Override
        public String message() {
            return "a signature without algorithm field (TLS 1.0/1.1, SSL 3.0) is defined for RSA, DSA and ECDSA keys"
                    + " (RFC 4346 section 7.4.3, RFC 4492 section 5.4), not for " + key.describe();
        }
    }

    /** The DER (SubjectPublicKeyInfo, PKCS#8, PEM) is not a well-formed key. */
    record MalformedKey(String what, String detail) implements SignatureError {
        @Override
        public String message() {
            return what + " is not a well-formed key: " + detail;
        }
    }

    /** The bytes are not a signature of the scheme's form (length, DER); nothing was checked. */
    record MalformedSignature(String scheme, String detail) implements SignatureError {
        @Override
        public String message() {
            return "not a " + scheme + " signature: " + detail;
        }
    }

    /** An input to a signed-content builder or a message has the wrong shape (e.g. a 31-byte random). */
    record MalformedInput(String what, String detail) implements SignatureError {
        @Override
        public String message() {
            return what + ": " + detail;
        }
    }

    /** The message carries no signature to check (an anonymous or PSK key exchange). */
    record NotSigned(String what) implements SignatureError {
        @Override
        public String message() {
            return what + " carries no signature";
        }
    }

    /** The primitive refused to sign (e.g. an RSA modulus too short for RSASSA-PSS with SHA-512). */
    record SigningFailed(String scheme, String detail) implements SignatureError {
        @Override
        public String message() {
            return scheme + " signing failed: " + detail;
        }
    }
}
