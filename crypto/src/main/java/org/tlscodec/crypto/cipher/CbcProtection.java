package org.tlscodec.crypto.cipher;

import io.vavr.control.Either;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * GenericBlockCipher (RFC 5246 section 6.2.3.2, RFC 4346, RFC 2246, RFC 6101 section 5.2.3.2).
 *
 * <ul>
 *   <li>IV: SSL 3.0 and TLS 1.0 chain it, the first from the key block, then the last ciphertext
 *       block of the previous record (so each record answers a new state); TLS 1.1+ send a fresh
 *       random IV in front of each record.</li>
 *   <li>MAC-then-encrypt (default): content, MAC, padding are encrypted. Opening decrypts, checks
 *       the padding with masks over the last 256 bytes, computes the MAC over the content as if the
 *       padding were right, feeds dummy hash blocks so the work does not depend on the padding
 *       length, and compares in constant time: one branch, on the combined result.</li>
 *   <li>Encrypt-then-MAC (RFC 7366): the MAC covers IV and ciphertext and is checked before
 *       anything is decrypted.</li>
 *   <li>Padding: TLS repeats the padding length in every padding byte; SSL 3.0 only requires the
 *       padding to be shorter than a block.</li>
 * </ul>
 */
final class CbcProtection implements RecordProtection {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CipherSuiteInfo suite;
    private final CbcEngine engine;
    private final RecordMac mac;
    private final boolean ssl3;
    private final boolean encryptThenMac;
    private final boolean explicitIv;
    private final byte[] iv;

    CbcProtection(CipherSuiteInfo suite, CbcEngine engine, RecordMac mac, boolean ssl3, boolean encryptThenMac,
                  boolean explicitIv, byte[] iv) {
        this.suite = suite;
        this.engine = engine;
        this.mac = mac;
        this.ssl3 = ssl3;
        this.encryptThenMac = encryptThenMac;
        this.explicitIv = explicitIv;
        this.iv = iv;
    }

    @Override
    public CipherSuiteInfo suite() {
        return suite;
    }

    @Override
    public Either<CipherError, Sealed> seal(long seq, ContentType type, ProtocolVersion version, Bytes plaintext) {
        if (plaintext.size() > Nonces.MAX_PLAINTEXT) {
            return Either.left(new CipherError.RecordOverflow(plaintext.size(), Nonces.MAX_PLAINTEXT));
        }
        int bs = engine.blockSize();
        byte[] p = plaintext.toArray();
        byte[] m = encryptThenMac ? new byte[0] : mac.compute(seq, type.code(), version.code(), p, 0, p.length);
        int body = p.length + m.length;
        int padTotal = bs - body % bs; // 1..bs bytes: the padding plus its length byte
        byte[] buf = new byte[body + padTotal];
        System.arraycopy(p, 0, buf, 0, p.length);
        System.arraycopy(m, 0, buf, p.length, m.length);
        java.util.Arrays.fill(buf, body, buf.length, (byte) (padTotal - 1));
        byte[] recordIv = explicitIv ? randomIv(bs) : iv;
        int ivLength = explicitIv ? bs : 0;
        int macLength = encryptThenMac ? mac.length() : 0;
        byte[] out = new byte[ivLength + buf.length + macLength];
        System.arraycopy(recordIv, 0, out, 0, ivLength);
        try {
            engine.run(true, recordIv, buf, 0, buf.length, out, ivLength);
        } catch (GeneralSecurityException | RuntimeException e) {
            return Either.left(new CipherError.Primitive(e.toString()));
        }
        if (encryptThenMac) {
            byte[] tag = mac.compute(seq, type.code(), version.code(), out, 0, ivLength + buf.length);
            System.arraycopy(tag, 0, out, ivLength + buf.length, macLength);
        }
        return Either.right(new Sealed(type, Bytes.of(out), chained(out, ivLength + buf.length)));
    }

    @Override
    public Either<CipherError, Opened> open(long seq, ContentType type, ProtocolVersion version, Bytes ciphertext) {
        int n = ciphertext.size();
        if (n > Nonces.MAX_CIPHERTEXT_12) {
            return Either.left(new CipherError.RecordOverflow(n, Nonces.MAX_CIPHERTEXT_12));
        }
        int bs = engine.blockSize();
        int macLength = mac.length();
        int ivLength = explicitIv ? bs : 0;
        int encLength = n - ivLength - (encryptThenMac ? macLength : 0);
        int minimum = encryptThenMac ? bs : ((macLength + 1 + bs - 1) / bs) * bs;
        if (encLength < minimum || encLength % bs != 0) {
            return Either.left(new CipherError.BadRecordMac(n + " bytes is not a valid length for " + suite.cipher()
                    + (encryptThenMac ? " with encrypt-then-MAC" : "")));
        }
        byte[] c = ciphertext.toArray();
        if (encryptThenMac) {
            byte[] expected = mac.compute(seq, type.code(), version.code(), c, 0, n - macLength);
            if (Ct.equal(expected, 0, c, n - macLength, macLength) == 0) {
                return Either.left(CipherError.BadRecordMac.AUTHENTICATION);
            }
        }
        byte[] recordIv = explicitIv ? java.util.Arrays.copyOf(c, bs) : iv;
        byte[] d = new byte[encLength];
        try {
            engine.run(false, recordIv, c, ivLength, encLength, d, 0);
        } catch (GeneralSecurityException | RuntimeException e) {
            return Either.left(new CipherError.Primitive(e.toString()));
        }
        CbcProtection next = chained(c, ivLength + encLength);
        int padLength = d[encLength - 1] & 0xff;
        int macInside = encryptThenMac ? 0 : macLength;
        int bad = Ct.gt(padLength + 1 + macInside, encLength);
        if (ssl3) {
            bad |= Ct.gt(padLength + 1, bs);
        } else {
            int span = Math.min(256, encLength);
            for (int i = 0; i < span; i++) {
                bad |= Ct.le(i, padLength) & Ct.nonZero((d[encLength - 1 - i] & 0xff) ^ padLength);
            }
        }
        int contentLength = encLength - macInside - ((padLength + 1) & Ct.mask(bad ^ 1));
        int ok = bad ^ 1;
        if (!encryptThenMac) {
            byte[] expected = mac.compute(seq, type.code(), version.code(), d, 0, contentLength, encLength - macLength);
            ok &= Ct.equal(expected, 0, d, contentLength, macLength);
        }
        if (ok == 0) {
            return Either.left(CipherError.BadRecordMac.AUTHENTICATION);
        }
        return Either.right(new Opened(type, Bytes.of(d, 0, contentLength), next));
    }

    /** The state for the next record: SSL 3.0 / TLS 1.0 carry the last ciphertext block ending at {@code end}. */
    private CbcProtection chained(byte[] record, int end) {
        if (explicitIv) {
            return this;
        }
        int bs = engine.blockSize();
        byte[] last = java.util.Arrays.copyOfRange(record, end - bs, end);
        return new CbcProtection(suite, engine, mac, ssl3, encryptThenMac, false, last);
    }

    private static byte[] randomIv(int length) {
        byte[] out = new byte[length];
        RANDOM.nextBytes(out);
        return out;
    }

    @Override
    public String toString() {
        return "CbcProtection(" + suite.name() + (ssl3 ? ", SSL 3.0" : "") + (encryptThenMac ? ", encrypt-then-MAC" : "")
                + (explicitIv ? ", explicit IV" : ", chained IV") + ")";
    }
}
