package org.tlscodec.crypto.cipher;

import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/** Small byte layouts shared by the record ciphers. */
final class Nonces {
    /** TLSCiphertext.length limit up to TLS 1.2: 2^14 + 2048 (RFC 5246 section 6.2.3). */
    static final int MAX_CIPHERTEXT_12 = (1 << 14) + 2048;
    /** TLSCiphertext.length limit in TLS 1.3: 2^14 + 256 (RFC 8446 section 5.2). */
    static final int MAX_CIPHERTEXT_13 = (1 << 14) + 256;
    /** TLSPlaintext.length limit: 2^14 (RFC 5246 section 6.2.1). */
    static final int MAX_PLAINTEXT = 1 << 14;

    private Nonces() {
    }

    /** Writes the 64-bit sequence number big-endian into {@code out} at {@code at}. */
    static void putSeq(byte[] out, int at, long seq) {
        for (int i = 0; i < 8; i++) {
            out[at + i] = (byte) (seq >>> (56 - 8 * i));
        }
    }

    /** RFC 8446 section 5.3 and RFC 7905 section 2: the IV xor the sequence number left-padded to the IV's length. */
    static byte[] xorSeq(byte[] iv, long seq) {
        byte[] out = iv.clone();
        for (int i = 0; i < 8; i++) {
            out[out.length - 1 - i] ^= (byte) (seq >>> (8 * i));
        }
        return out;
    }

    /** RFC 5246 section 6.2.3.3: additional_data = seq_num + TLSCompressed.type + TLSCompressed.version + TLSCompressed.length. */
    static byte[] tls12Aad(long seq, ContentType type, ProtocolVersion version, int length) {
        byte[] out = new byte[13];
        putSeq(out, 0, seq);
        out[8] = (byte) type.code();
        out[9] = (byte) (version.code() >>> 8);
        out[10] = (byte) version.code();
        out[11] = (byte) (length >>> 8);
        out[12] = (byte) length;
        return out;
    }

    /** RFC 8446 section 5.2: additional_data = TLSCiphertext.opaque_type || legacy_record_version || length. */
    static byte[] tls13Aad(ContentType type, ProtocolVersion version, int length) {
        return new byte[] {(byte) type.code(), (byte) (version.code() >>> 8), (byte) version.code(),
            (byte) (length >>> 8), (byte) length};
    }
}
