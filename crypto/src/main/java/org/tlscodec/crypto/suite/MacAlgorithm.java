package org.tlscodec.crypto.suite;

/**
 * The record MAC of a suite (RFC 5246 section 6.2.3.1). Under SSL 3.0 the same hash is used in the
 * SSL 3.0 MAC (RFC 6101 section 5.2.3.1) instead of HMAC. {@link #AEAD} means the cipher
 * authenticates the record itself.
 */
public enum MacAlgorithm {
    NULL(0, 0, "", "", true),
    MD5(16, 64, "HmacMD5", "MD5", true),
    SHA1(20, 64, "HmacSHA1", "SHA-1", true),
    SHA256(32, 64, "HmacSHA256", "SHA-256", true),
    SHA384(48, 128, "HmacSHA384", "SHA-384", true),
    AEAD(0, 0, "", "", true),
    GOST28147_IMIT(4, 8, "", "", false),
    GOST_OMAC(16, 16, "", "", false);

    private final int length;
    private final int hashBlockSize;
    private final String jcaMac;
    private final String jcaDigest;
    private final boolean implemented;

    MacAlgorithm(int length, int hashBlockSize, String jcaMac, String jcaDigest, boolean implemented) {
        this.length = length;
        this.hashBlockSize = hashBlockSize;
        this.jcaMac = jcaMac;
        this.jcaDigest = jcaDigest;
        this.implemented = implemented;
    }

    /** mac_length: the MAC's output length in bytes (also the mac_key_length of RFC 5246 appendix C). */
    public int length() {
        return length;
    }

    /** The block size of the underlying hash, in bytes (0 when there is none). */
    public int hashBlockSize() {
        return hashBlockSize;
    }

    /** The JCA name of the HMAC ("HmacSHA256"), or "" when there is none. */
    public String jcaMac() {
        return jcaMac;
    }

    /** The JCA name of the hash ("SHA-256"), or "" when there is none. */
    public String jcaDigest() {
        return jcaDigest;
    }

    /** True when this library computes the MAC. */
    public boolean implemented() {
        return implemented;
    }
}
