package org.tlscodec.crypto.cipher;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.record.TLSInnerPlaintext;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * TLS 1.3 record protection (RFC 8446 sections 5.2 and 5.3): the plaintext is a
 * {@link TLSInnerPlaintext} (content, real type, zeros); nonce = the 12-byte IV xor the padded
 * sequence number; additional data = the record header (opaque_type, legacy_record_version,
 * length of the protected fragment). The outer type of a sealed record is application_data.
 */
final class Tls13Aead implements RecordProtection {
    private final CipherSuiteInfo suite;
    private final Aead aead;
    private final byte[] iv;
    private final int padding;

    Tls13Aead(CipherSuiteInfo suite, Aead aead, byte[] iv, int padding) {
        this.suite = suite;
        this.aead = aead;
        this.iv = iv;
        this.padding = padding;
    }

    @Override
    public CipherSuiteInfo suite() {
        return suite;
    }

    /**
     * The inner plaintext is written once, into the cipher's input buffer: the content, then the
     * encoding of a {@link TLSInnerPlaintext} with no content, which is exactly its tail (type and
     * zeros), since the structure has no length field before the content. The cipher writes the
     * protected record into the array that becomes the answer ({@link Bytes#fill}), not copied.
     */
    @Override
    public Either<CipherError, Sealed> seal(long seq, ContentType type, ProtocolVersion version, Bytes plaintext) {
        TLSInnerPlaintext inner = new TLSInnerPlaintext(plaintext, type, padding);
        if (inner.exceedsMaxLength()) {
            return Either.left(new CipherError.RecordOverflow((int) Math.min(Integer.MAX_VALUE, inner.encodedLength()),
                    TLSInnerPlaintext.MAX_LENGTH));
        }
        return TLSInnerPlaintext.CODEC.encode(new TLSInnerPlaintext(Bytes.empty(), type, padding))
                .<CipherError>mapLeft(e -> new CipherError.NoContentType(e.toString()))
                .flatMap(tail -> {
                    int n = plaintext.size() + tail.size();
                    byte[] in = aead.input(n);
                    plaintext.copyTo(in, 0);
                    tail.copyTo(in, plaintext.size());
                    byte[] nonce = Nonces.xorSeq(iv, seq);
                    byte[] aad = Nonces.tls13Aad(ContentType.APPLICATION_DATA, version, n + aead.tagLength());
                    return Bytes.fill(n + aead.tagLength(), out -> aead.seal(nonce, aad, in, 0, n, out, 0))
                            .map(sealed -> new Sealed(ContentType.APPLICATION_DATA, sealed, this));
                });
    }

    /**
     * The cipher reads the record where it lies ({@link Bytes#read}) and writes the inner plaintext
     * into a fresh array that becomes its {@code Bytes} ({@link Bytes#fill}): no copy of the record
     * in or out; the content answered is a slice of that array.
     */
    @Override
    public Either<CipherError, Opened> open(long seq, ContentType type, ProtocolVersion version, Bytes ciphertext) {
        return open(seq, type, version, ciphertext, false);
    }

    /** The plaintext written over the ciphertext, when the cipher allows it. */
    @Override
    public Either<CipherError, Opened> openInPlace(long seq, ContentType type, ProtocolVersion version, Bytes ciphertext) {
        return open(seq, type, version, ciphertext, aead.opensInPlace());
    }

    private Either<CipherError, Opened> open(long seq, ContentType type, ProtocolVersion version, Bytes ciphertext, boolean inPlace) {
        int n = ciphertext.size();
        if (n > Nonces.MAX_CIPHERTEXT_13) {
            return Either.left(new CipherError.RecordOverflow(n, Nonces.MAX_CIPHERTEXT_13));
        }
        if (n < aead.tagLength()) {
            return Either.left(new CipherError.BadRecordMac(n + " bytes cannot hold a " + aead.tagLength() + "-byte tag"));
        }
        byte[] nonce = Nonces.xorSeq(iv, seq);
        byte[] aad = Nonces.tls13Aad(type, version, n);
        return aead.open(nonce, aad, ciphertext, inPlace)
                .flatMap(inner -> inner.size() > TLSInnerPlaintext.MAX_LENGTH
                        ? Either.left(new CipherError.RecordOverflow(inner.size(), TLSInnerPlaintext.MAX_LENGTH))
                        : TLSInnerPlaintext.CODEC.decode(inner)
                                .<CipherError>mapLeft(e -> new CipherError.NoContentType(e.toString())))
                .map(inner -> new Opened(inner.type(), inner.content(), this));
    }

    @Override
    public String toString() {
        return "Tls13Aead(" + suite.name() + ")";
    }
}
