package org.tlscodec.crypto.sig;

/**
 * The signature algorithms a {@code SignatureScheme} can name, grouped as RFC 8446 section 4.2.3
 * groups them (the key OID is part of the algorithm for RSASSA-PSS), plus DSA from RFC 5246
 * section 7.4.1.4.1.
 */
public enum SignatureFamily {
    /** RSASSA-PKCS1-v1_5 (RFC 8017 section 8.2) with an rsaEncryption key. */
    RSA_PKCS1("RSASSA-PKCS1-v1_5", "an RSA key with the rsaEncryption OID"),
    /** RSASSA-PSS (RFC 8017 section 8.1) with an rsaEncryption key: the rsa_pss_rsae_* schemes. */
    RSA_PSS_RSAE("RSASSA-PSS", "an RSA key with the rsaEncryption OID"),
    /** RSASSA-PSS with an id-RSASSA-PSS key (RFC 4055): the rsa_pss_pss_* schemes. */
    RSA_PSS_PSS("RSASSA-PSS", "an RSA key with the id-RSASSA-PSS OID"),
    /** ECDSA (FIPS 186-4, ANSI X9.62), the signature a DER SEQUENCE of two INTEGERs (RFC 8422 section 5.4). */
    ECDSA("ECDSA", "an ECDSA key (id-ecPublicKey)"),
    /** Ed25519 (RFC 8032 section 5.1), over the content itself. */
    ED25519("Ed25519", "an Ed25519 key"),
    /** Ed448 (RFC 8032 section 5.2) with an empty context, over the content itself. */
    ED448("Ed448", "an Ed448 key"),
    /** DSA (FIPS 186), the signature a DER SEQUENCE of two INTEGERs (RFC 5246 section 4.7). */
    DSA("DSA", "a DSA key");

    private final String algorithm;
    private final String keyNeeded;

    SignatureFamily(String algorithm, String keyNeeded) {
        this.algorithm = algorithm;
        this.keyNeeded = keyNeeded;
    }

    /** The algorithm's name in its standard, e.g. "RSASSA-PSS". */
    public String algorithm() {
        return algorithm;
    }

    /** The key the family signs with, in words, for error messages. */
    public String keyNeeded() {
        return keyNeeded;
    }

    /** True when a key of this kind makes this family's signatures (the curve is checked elsewhere). */
    public boolean fits(KeyKind key) {
        return switch (this) {
            case RSA_PKCS1, RSA_PSS_RSAE -> key instanceof KeyKind.Rsa;
            case RSA_PSS_PSS -> key instanceof KeyKind.RsaPss;
            case ECDSA -> key instanceof KeyKind.Ec;
            case ED25519 -> key instanceof KeyKind.Ed25519;
            case ED448 -> key instanceof KeyKind.Ed448;
            case DSA -> key instanceof KeyKind.Dsa;
        };
    }
}
