package org.tlscodec.crypto.cipher;

/**
 * Negotiated record-protection options.
 *
 * @param encryptThenMac  RFC 7366: CBC records are MACed after encryption
 * @param truncatedHmac   RFC 6066 section 7: HMAC output cut to 10 bytes
 * @param tls13Padding    zeros appended to every TLS 1.3 inner plaintext this side seals (RFC 8446 section 5.4)
 */
public record RecordOptions(boolean encryptThenMac, boolean truncatedHmac, int tls13Padding) {

    /** No option: MAC-then-encrypt, full HMAC, no TLS 1.3 padding. */
    public static final RecordOptions DEFAULT = new RecordOptions(false, false, 0);

    public RecordOptions {
        if (tls13Padding < 0 || tls13Padding > 256) {
            throw new IllegalArgumentException("TLS 1.3 padding must be 0..256, not " + tls13Padding);
        }
    }

    public RecordOptions withEncryptThenMac(boolean on) {
        return new RecordOptions(on, truncatedHmac, tls13Padding);
    }

    public RecordOptions withTruncatedHmac(boolean on) {
        return new RecordOptions(encryptThenMac, on, tls13Padding);
    }

    public RecordOptions withTls13Padding(int zeros) {
        return new RecordOptions(encryptThenMac, truncatedHmac, zeros);
    }
}
