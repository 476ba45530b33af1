package org.tlscodec.crypto.cipher;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.suite.MacAlgorithm;

/**
 * The record MAC: TLS HMAC over seq_num, type, version, length and content (RFC 5246 section
 * 6.2.3.1), optionally truncated to 10 bytes (RFC 6066 section 7); or the SSL 3.0 MAC, a nested
 * hash with pad_1/pad_2 and no version (RFC 6101 section 5.2.3.1). From the JCA.
 */
final class RecordMac {
    private static final int TRUNCATED = 10;

    private final MacAlgorithm algorithm;
    private final int length;
    private final Mac hmac;              // TLS
    private final MessageDigest digest;  // SSL 3.0
    private final byte[] secret;         // SSL 3.0
    private final int padLength;         // SSL 3.0: 48 for MD5, 40 for SHA-1
    private final boolean ssl3;
    private final byte[] header = new byte[13];

    private RecordMac(MacAlgorithm algorithm, int length, Mac hmac, MessageDigest digest, byte[] secret, boolean ssl3) {
        this.algorithm = algorithm;
        this.length = length;
        this.hmac = hmac;
        this.digest = digest;
        this.secret = secret;
        this.ssl3 = ssl3;
        this.padLength = algorithm == MacAlgorithm.MD5 ? 48 : 40;
    }

    static RecordMac of(MacAlgorithm algorithm, Bytes key, boolean ssl3, boolean truncated) throws GeneralSecurityException {
        if (algorithm == MacAlgorithm.NULL) {
            return new RecordMac(algorithm, 0, null, null, new byte[0], false);
        }
        int length = truncated ? TRUNCATED : algorithm.length();
        if (ssl3) {
            return new RecordMac(algorithm, length, null, MessageDigest.getInstance(algorithm.jcaDigest()), key.toArray(), true);
        }
        Mac mac = Mac.getInstance(algorithm.jcaMac());
        mac.init(new SecretKeySpec(key.toArray(), algorithm.jcaMac()));
        return new RecordMac(algorithm, length, mac, null, new byte[0], false);
    }

    /** The MAC's length on the wire. */
    int length() {
        return length;
    }

    /** The MAC of {@code data[off, off+len)} in a record of the given sequence number, type and version. */
    byte[] compute(long seq, int type, int version, byte[] data, int off, int len) {
        return compute(seq, type, version, data, off, len, len);
    }

    /**
     * The same MAC, then as many further hash blocks of dummy data as a content of {@code maxLen}
     * bytes would have needed, so the work does not reveal {@code len} (the Lucky Thirteen
     * counter-measure of RFC 5246 section 6.2.3.2, in the style of many TLS stacks).
     */
    byte[] compute(long seq, int type, int version, byte[] data, int off, int len, int maxLen) {
        if (algorithm == MacAlgorithm.NULL) {
            return new byte[0];
        }
        for (int i = 0; i < 8; i++) {
            header[i] = (byte) (seq >>> (56 - 8 * i));
        }
        header[8] = (byte) type;
        byte[] out;
        int prefix;
        int headerLength;
        if (ssl3) {
            header[9] = (byte) (len >>> 8);
            header[10] = (byte) len;
            headerLength = 11;
            prefix = secret.length + padLength;
            digest.update(secret);
            digest.update(pad(0x36));
            digest.update(header, 0, 11);
            digest.update(data, off, len);
            byte[] inner = digest.digest();
            digest.update(secret);
            digest.update(pad(0x5c));
            digest.update(inner);
            out = digest.digest();
        } else {
            header[9] = (byte) (version >>> 8);
            header[10] = (byte) version;
            header[11] = (byte) (len >>> 8);
            header[12] = (byte) len;
            headerLength = 13;
            prefix = algorithm.hashBlockSize();
            hmac.update(header, 0, 13);
            hmac.update(data, off, len);
            out = hmac.doFinal();
        }
        int extra = blocks(prefix + headerLength + maxLen) - blocks(prefix + headerLength + len);
        if (extra > 0) {
            byte[] dummy = new byte[extra * algorithm.hashBlockSize()];
            if (ssl3) {
                digest.update(dummy);
                digest.reset();
            } else {
                hmac.update(dummy);
                hmac.reset();
            }
        }
        return out.length == length ? out : java.util.Arrays.copyOf(out, length);
    }

    /** How many compression-function calls a hash makes over {@code n} bytes (MD-style padding). */
    private int blocks(int n) {
        int block = algorithm.hashBlockSize();
        int lengthField = block == 128 ? 16 : 8;
        return (n + lengthField + 1 + block - 1) / block;
    }

    private byte[] pad(int value) {
        byte[] p = new byte[padLength];
        java.util.Arrays.fill(p, (byte) value);
        return p;
    }
}
