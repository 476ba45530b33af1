package org.tlscodec.bench.crypto;

import java.security.GeneralSecurityException;
import java.security.spec.AlgorithmParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.suite.BulkCipher;
import org.tlscodec.crypto.suite.CipherSuiteInfo;

/**
 * The yardstick: one direction's AEAD record protection written by hand on {@code javax.crypto.Cipher}
 * over {@code byte[]}, as a record layer without {@code Bytes} would. One {@code Cipher} re-initialised
 * with each record's nonce; no copy of the payload that the JCA does not make itself.
 *
 * <ul>
 *   <li>TLS 1.3 (RFC 8446 sections 5.2 and 5.3): nonce = IV xor the padded sequence number;
 *       additional data = the record header (application_data, 0x0303, length of the ciphertext);
 *       the inner plaintext is the content then its type, no padding. The content and the type byte
 *       go to the cipher in two calls, so the content is never copied to append the type.</li>
 *   <li>TLS 1.2 AES-GCM (RFC 5288 section 3, RFC 5246 section 6.2.3.3): nonce = 4-byte salt ||
 *       8-byte explicit nonce, which is the sequence number and is sent in front of the record;
 *       additional data = seq_num || type || version || plaintext length.</li>
 *   <li>TLS 1.2 ChaCha20-Poly1305 (RFC 7905 section 2): nonce as in TLS 1.3, nothing explicit, the
 *       TLS 1.2 additional data.</li>
 * </ul>
 *
 * Sealed records are application_data under record version 0x0303. Not thread-safe: one instance
 * for one direction on one thread.
 */
public final class JcaRecordBaseline {
    private static final int TAG = 16;
    private static final byte APPLICATION_DATA = 23;
    private static final byte[] APPLICATION_DATA_TYPE = {APPLICATION_DATA};

    private final Cipher cipher;
    private final SecretKeySpec key;
    private final byte[] iv;
    private final boolean gcm;
    private final boolean tls13;
    private final int explicitLength;

    private JcaRecordBaseline(Cipher cipher, SecretKeySpec key, byte[] iv, boolean gcm, boolean tls13, int explicitLength) {
        this.cipher = cipher;
        this.key = key;
        this.iv = iv;
        this.gcm = gcm;
        this.tls13 = tls13;
        this.explicitLength = explicitLength;
    }

    /** The baseline for an AES-GCM or ChaCha20-Poly1305 suite with one direction's key and IV. */
    public static JcaRecordBaseline of(CipherSuiteInfo suite, Bytes key, Bytes iv) throws GeneralSecurityException {
        boolean gcm = suite.cipher() == BulkCipher.AES_128_GCM || suite.cipher() == BulkCipher.AES_256_GCM;
        if (!gcm && suite.cipher() != BulkCipher.CHACHA20_POLY1305) {
            throw new GeneralSecurityException("the baseline runs AES-GCM and ChaCha20-Poly1305 only, not " + suite.cipher());
        }
        Cipher cipher = Cipher.getInstance(gcm ? "AES/GCM/NoPadding" : "ChaCha20-Poly1305");
        SecretKeySpec spec = new SecretKeySpec(key.toArray(), gcm ? "AES" : "ChaCha20");
        int explicit = suite.tls13() ? 0 : suite.cipher().recordIvLength();
        return new JcaRecordBaseline(cipher, spec, iv.toArray(), gcm, suite.tls13(), explicit);
    }

    /** Protects one application_data record: the fragment that follows the record header. */
    public byte[] seal(long seq, byte[] content) throws GeneralSecurityException {
        int n = content.length;
        if (tls13) {
            byte[] out = new byte[n + 1 + TAG];
            cipher.init(Cipher.ENCRYPT_MODE, key, spec(xorSeq(seq)));
            cipher.updateAAD(header(out.length));
            int written = cipher.update(content, 0, n, out, 0);
            cipher.doFinal(APPLICATION_DATA_TYPE, 0, 1, out, written);
            return out;
        }
        byte[] out = new byte[explicitLength + n + TAG];
        byte[] nonce;
        if (explicitLength == 0) {
            nonce = xorSeq(seq);
        } else {
            nonce = new byte[iv.length + explicitLength];
            System.arraycopy(iv, 0, nonce, 0, iv.length);
            putLong(nonce, iv.length, seq);
            putLong(out, 0, seq);
        }
        cipher.init(Cipher.ENCRYPT_MODE, key, spec(nonce));
        cipher.updateAAD(tls12Aad(seq, n));
        cipher.doFinal(content, 0, n, out, explicitLength);
        return out;
    }

    /**
     * Unprotects the fragment of one application_data record. The content is the first
     * {@code length} bytes of {@code buffer}, as a parser that does not copy would hand it on.
     */
    public Opened open(long seq, byte[] fragment) throws GeneralSecurityException {
        int n = fragment.length;
        if (tls13) {
            cipher.init(Cipher.DECRYPT_MODE, key, spec(xorSeq(seq)));
            cipher.updateAAD(header(n));
            byte[] inner = cipher.doFinal(fragment, 0, n);
            int i = inner.length - 1;
            while (i >= 0 && inner[i] == 0) {
                i--;
            }
            if (i < 0) {
                throw new GeneralSecurityException("no content type");
            }
            return new Opened(inner[i], inner, i);
        }
        byte[] nonce;
        if (explicitLength == 0) {
            nonce = xorSeq(seq);
        } else {
            nonce = new byte[iv.length + explicitLength];
            System.arraycopy(iv, 0, nonce, 0, iv.length);
            System.arraycopy(fragment, 0, nonce, iv.length, explicitLength);
        }
        cipher.init(Cipher.DECRYPT_MODE, key, spec(nonce));
        cipher.updateAAD(tls12Aad(seq, n - explicitLength - TAG));
        byte[] plain = cipher.doFinal(fragment, explicitLength, n - explicitLength);
        return new Opened(APPLICATION_DATA, plain, plain.length);
    }

    /** An opened record: its content type and its content, the first {@code length} bytes of {@code buffer}. */
    public record Opened(byte type, byte[] buffer, int length) {
        public Bytes content() {
            return Bytes.of(buffer, 0, length);
        }
    }

    private AlgorithmParameterSpec spec(byte[] nonce) {
        return gcm ? new GCMParameterSpec(TAG * 8, nonce) : new IvParameterSpec(nonce);
    }

    private byte[] xorSeq(long seq) {
        byte[] out = iv.clone();
        for (int i = 0; i < 8; i++) {
            out[out.length - 1 - i] ^= (byte) (seq >>> (8 * i));
        }
        return out;
    }

    private static byte[] header(int length) {
        return new byte[] {APPLICATION_DATA, 3, 3, (byte) (length >>> 8), (byte) length};
    }

    private static byte[] tls12Aad(long seq, int length) {
        byte[] out = new byte[13];
        putLong(out, 0, seq);
        out[8] = APPLICATION_DATA;
        out[9] = 3;
        out[10] = 3;
        out[11] = (byte) (length >>> 8);
        out[12] = (byte) length;
        return out;
    }

    private static void putLong(byte[] out, int at, long v) {
        for (int i = 0; i < 8; i++) {
            out[at + i] = (byte) (v >>> (56 - 8 * i));
        }
    }
}
