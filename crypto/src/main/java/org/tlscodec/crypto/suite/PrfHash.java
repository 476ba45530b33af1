package org.tlscodec.crypto.suite;

/**
 * The hash behind a suite's key derivation: the SSL 2.0 MD5 key material, the SSL 3.0
 * MD5/SHA-1 construction, the TLS 1.0/1.1 PRF (P_MD5 xor P_SHA1), the TLS 1.2 P_hash
 * (RFC 5246 section 5) or the TLS 1.3 HKDF hash (RFC 8446 section 7.1).
 */
public enum PrfHash {
    NONE, SSL2_MD5, SSL3, MD5_SHA1, SHA256, SHA384, SHA512, SM3, GOSTR3411_2012_256;

    /** The length of one output of the hash in bytes (0 for the composite and legacy forms). */
    public int hashLength() {
        switch (this) {
            case SHA256: case SM3: case GOSTR3411_2012_256: return 32;
            case SHA384: return 48;
            case SHA512: return 64;
            default: return 0;
        }
    }
}
