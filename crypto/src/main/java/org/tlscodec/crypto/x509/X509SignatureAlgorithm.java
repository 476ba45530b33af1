package org.tlscodec.crypto.x509;

/**
 * How an issuer signs a certificate (RFC 4055, RFC 5758, RFC 8410). RSA-PSS uses MGF1 with the
 * same hash and a salt as long as the hash, the parameters RFC 8446 section 4.2.3 requires of
 * rsa_pss_*_sha* signatures.
 */
public enum X509SignatureAlgorithm {
    RSA_PKCS1_SHA256("SHA256withRSA"),
    RSA_PKCS1_SHA384("SHA384withRSA"),
    RSA_PKCS1_SHA512("SHA512withRSA"),
    RSA_PSS_SHA256("SHA256withRSAandMGF1"),
    RSA_PSS_SHA384("SHA384withRSAandMGF1"),
    RSA_PSS_SHA512("SHA512withRSAandMGF1"),
    ECDSA_SHA256("SHA256withECDSA"),
    ECDSA_SHA384("SHA384withECDSA"),
    ECDSA_SHA512("SHA512withECDSA"),
    ED25519("Ed25519"),
    ED448("Ed448");

    private final String jcaName;

    X509SignatureAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    /** The JCA / Bouncy Castle signature name. */
    public String jcaName() {
        return jcaName;
    }
}
