package org.tlscodec.crypto.sig;

/**
 * What a key signs with, read from its AlgorithmIdentifier (RFC 5280 section 4.1.2.7): the OID
 * decides the family (rsaEncryption and id-RSASSA-PSS are different kinds, RFC 8446 section
 * 4.2.3), the parameters the curve, the key itself the size.
 */
public sealed interface KeyKind {

    /** A short account for error messages, e.g. "an RSA-2048 key (rsaEncryption)". */
    String describe();

    /** RSA with the rsaEncryption OID (RFC 8017 appendix A.1): PKCS#1 v1.5 and rsa_pss_rsae_* signatures. */
    record Rsa(int bits) implements KeyKind {
        @Override
        public String describe() {
            return "an RSA-" + bits + " key (rsaEncryption)";
        }
    }

    /** RSA with the id-RSASSA-PSS OID (RFC 4055 section 1.2): only rsa_pss_pss_* signatures. */
    record RsaPss(int bits) implements KeyKind {
        @Override
        public String describe() {
            return "an RSA-" + bits + " key (id-RSASSA-PSS)";
        }
    }

    /** An elliptic-curve key (id-ecPublicKey) on a named curve, named as in SEC 2 or RFC 5639 (e.g. "secp256r1", "brainpoolP256r1"). */
    record Ec(String curve) implements KeyKind {
        @Override
        public String describe() {
            return "an ECDSA key on " + curve;
        }
    }

    /** An Ed25519 key (RFC 8410). */
    record Ed25519() implements KeyKind {
        @Override
        public String describe() {
            return "an Ed25519 key";
        }
    }

    /** An Ed448 key (RFC 8410). */
    record Ed448() implements KeyKind {
        @Override
        public String describe() {
            return "an Ed448 key";
        }
    }

    /** A DSA key (FIPS 186) with a {@code bits}-bit prime p (0 when the parameters are inherited and absent). */
    record Dsa(int bits) implements KeyKind {
        @Override
        public String describe() {
            return "a DSA-" + bits + " key";
        }
    }

    /** A key that makes no signature this library knows (X25519, X448, or an unknown OID). */
    record Other(String algorithm) implements KeyKind {
        @Override
        public String describe() {
            return "a " + algorithm + " key, which makes no TLS signature";
        }
    }
}
