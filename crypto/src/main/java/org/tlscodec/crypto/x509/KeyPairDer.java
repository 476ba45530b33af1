package org.tlscodec.crypto.x509;

import org.tlscodec.codec.Bytes;

/**
 * A key pair as DER: the private key as PKCS#8 PrivateKeyInfo (RFC 5208 / RFC 5958) and the
 * public key as SubjectPublicKeyInfo (RFC 5280 section 4.1.2.7). {@code toString} hides the private key.
 */
public record KeyPairDer(Bytes privateKeyInfo, Bytes subjectPublicKeyInfo) {
    /** The PEM label of a PKCS#8 private key (RFC 7468 section 10). */
    public static final String PRIVATE_KEY_PEM_LABEL = "PRIVATE KEY";

    /** The private key as PEM ({@code -----BEGIN PRIVATE KEY-----}). */
    public String privateKeyPem() {
        return Pem.encode(PRIVATE_KEY_PEM_LABEL, privateKeyInfo);
    }

    @Override
    public String toString() {
        return "KeyPairDer[private=<" + privateKeyInfo.size() + " bytes>, public=" + subjectPublicKeyInfo.size() + " bytes]";
    }
}
