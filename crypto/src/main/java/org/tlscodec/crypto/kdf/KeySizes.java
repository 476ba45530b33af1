package org.tlscodec.crypto.kdf;

/**
 * The lengths a suite takes from the key block, each once per direction (RFC 5246 section 6.3):
 * the MAC key (0 for AEAD), the encryption key, and the fixed IV (the CBC IV in SSL 3.0 and TLS 1.0,
 * the implicit nonce part of an AEAD, 0 for stream ciphers and explicit-IV CBC).
 */
public record KeySizes(int macKeyLength, int encKeyLength, int fixedIvLength) {
    /** The key block length these sizes need: both directions of each. */
    public int keyBlockLength() {
        return 2 * (macKeyLength + encKeyLength + fixedIvLength);
    }
}
