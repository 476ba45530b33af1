package org.tlscodec.crypto.cipher;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * GenericAEADCipher of TLS 1.2 (RFC 5246 section 6.2.3.3). GCM and CCM (RFC 5288 section 3,
 * RFC 6655 section 3, also ARIA, Camellia, SM4): nonce = 4-byte salt from the key block || 8-byte
 * explicit nonce sent in front of the record; the explicit part is the sequence number, which
 * RFC 5288 allows and which never repeats under one key. ChaCha20-Poly1305 (RFC 7905 section 2):
 * nonce = the 12-byte IV xor the padded sequence number, nothing explicit. Additional data is
 * seq_num || type || version || plaintext length.
 *
 * <p>No copy of the record: the cipher reads the plaintext or the protected record where it lies
 * ({@link Bytes#read}) and writes into a fresh array that becomes the answer ({@link Bytes#fill}).
 */
final class Tls12Aead implements RecordProtection {
    private final CipherSuiteInfo suite;
    private final Aead aead;
    private final byte[] iv;
    private final int explicitLength;

    Tls12Aead(CipherSuiteInfo suite, Aead aead, byte[] iv) {
        this.suite = suite;
        this.aead = aead;
        this.iv = iv;
        this.explicitLength = suite.cipher().recordIvLength();
    }

    @Override
    public CipherSuiteInfo suite() {
        return suite;
    }

    /** RFC 5288 section 3: salt || the explicit nonce at {@code at} in {@code record}; RFC 7905 section 2: IV xor seq. */
    private byte[] nonce(long seq, byte[] record, int at) {
        if (explicitLength == 0) {
            return Nonces.xorSeq(iv, seq);
        }
        byte[] out = new byte[iv.length + explicitLength];
        System.arraycopy(iv, 0, out, 0, iv.length);
        System.arraycopy(record, at, out, iv.length, explicitLength);
        return out;
    }

    @Override
    public Either<CipherError, Sealed> seal(long seq, ContentType type, ProtocolVersion version, Bytes plaintext) {
        int n = plaintext.size();
        if (n > Nonces.MAX_PLAINTEXT) {
            return Either.left(new CipherError.RecordOverflow(n, Nonces.MAX_PLAINTEXT));
        }
        byte[] aad = Nonces.tls12Aad(seq, type, version, n);
        return plaintext.read((array, offset, length) -> Bytes.fill(explicitLength + length + aead.tagLength(), out -> {
                    if (explicitLength > 0) {
                        Nonces.putSeq(out, 0, seq);
                    }
                    return aead.seal(nonce(seq, out, 0), aad, array, offset, length, out, explicitLength).map(written -> explicitLength + written);
                }))
                .map(sealed -> new Sealed(type, sealed, this));
    }

    @Override
    public Either<CipherError, Opened> open(long seq, ContentType type, ProtocolVersion version, Bytes ciphertext) {
        return open(seq, type, version, ciphertext, false);
    }

    /**
     * The plaintext written over the ciphertext, when the cipher allows it: from the first byte after
     * the explicit nonce, which is read into the nonce before.
     */
    @Override
    public Either<CipherError, Opened> openInPlace(long seq, ContentType type, ProtocolVersion version, Bytes ciphertext) {
        return open(seq, type, version, ciphertext, aead.opensInPlace());
    }

    private Either<CipherError, Opened> open(long seq, ContentType type, ProtocolVersion version, Bytes ciphertext, boolean inPlace) {
        int n = ciphertext.size();
        if (n > Nonces.MAX_CIPHERTEXT_12) {
            return Either.left(new CipherError.RecordOverflow(n, Nonces.MAX_CIPHERTEXT_12));
        }
        int tag = aead.tagLength();
        if (n < explicitLength + tag) {
            return Either.left(new CipherError.BadRecordMac(n + " bytes cannot hold a " + explicitLength
                    + "-byte explicit nonce and a " + tag + "-byte tag"));
        }
        int plainLength = n - explicitLength - tag;
        byte[] aad = Nonces.tls12Aad(seq, type, version, plainLength);
        byte[] nonce = ciphertext.read((array, offset, length) -> nonce(seq, array, offset));
        return aead.open(nonce, aad, ciphertext.drop(explicitLength), inPlace).map(plaintext -> new Opened(type, plaintext, this));
    }

    @Override
    public String toString() {
        return "Tls12Aead(" + suite.name() + ")";
    }
}
