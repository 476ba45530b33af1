package org.tlscodec.crypto.x509;

/** The keyUsage bits (RFC 5280 section 4.2.1.3), in bit order. */
public enum KeyUsage {
    DIGITAL_SIGNATURE, NON_REPUDIATION, KEY_ENCIPHERMENT, DATA_ENCIPHERMENT, KEY_AGREEMENT,
    KEY_CERT_SIGN, CRL_SIGN, ENCIPHER_ONLY, DECIPHER_ONLY;

    /** The bit number in the BIT STRING (0 = digitalSignature). */
    public int bit() {
        return ordinal();
    }
}
