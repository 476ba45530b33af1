package org.tlscodec.crypto.kx;

/**
 * How the Diffie-Hellman value Z = y^x mod p becomes bytes; the versions disagree.
 */
public enum DhSecretEncoding {
    /**
     * Up to TLS 1.2: "Leading bytes of Z that contain all zero bits are stripped before it is used
     * as the pre_master_secret" (RFC 5246 section 8.1.2). DHE_PSK's other_secret is the same value
     * (RFC 4279 section 3).
     */
    LEADING_ZEROS_STRIPPED,

    /**
     * TLS 1.3: Z "is converted to a byte string by encoding in big-endian form and left-padded
     * with zeros up to the size of the prime" (RFC 8446 section 7.4.1).
     */
    PADDED_TO_PRIME
}
