package org.tlscodec.crypto.kdf;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;

/**
 * HKDF (RFC 5869) and the TLS 1.3 functions built on it (RFC 8446 section 7.1).
 */
public final class Hkdf {
    /** HKDF-Expand gives at most 255 blocks (RFC 5869 section 2.3: the counter is one octet). */
    public static final int MAX_BLOCKS = 255;

    private Hkdf() {
    }

    /**
     * HKDF-Extract(salt, IKM) = HMAC-Hash(salt, IKM). An empty salt is HashLen zeros, which is the
     * same HMAC key (RFC 5869 section 2.2).
     */
    public static Bytes extract(HashAlgorithm hash, Bytes salt, Bytes ikm) {
        return hash.hmac(salt, ikm);
    }

    /**
     * HKDF-Expand(PRK, info, L): T(1) | T(2) | ... cut to L, with T(i) = HMAC-Hash(PRK, T(i-1) |
     * info | i) (RFC 5869 section 2.3); L is at most 255 * HashLen.
     */
    public static Either<KdfError, Bytes> expand(HashAlgorithm hash, Bytes prk, Bytes info, int length) {
        int max = MAX_BLOCKS * hash.length();
        if (length < 0) {
            return Either.left(new KdfError.NegativeLength("HKDF-Expand", length));
        }
        if (length > max) {
            return Either.left(new KdfError.OutputTooLong("HKDF-Expand", length, max));
        }
        byte[] out = new byte[length];
        int filled = 0;
        Bytes t = Bytes.empty();
        for (int i = 1; filled < length; i++) {
            t = hash.hmac(prk, t, info, Bytes.ofUnsigned(i));
            int n = Math.min(t.size(), length - filled);
            t.take(n).copyTo(out, filled);
            filled += n;
        }
        return Either.right(Bytes.of(out));
    }

    /**
     * HKDF-Expand-Label(Secret, Label, Context, Length) = HKDF-Expand(Secret, HkdfLabel, Length)
     * (RFC 8446 section 7.1); the label is given without its "tls13 " prefix.
     */
    public static Either<KdfError, Bytes> expandLabel(HashAlgorithm hash, Bytes secret, String label, Bytes context, int length) {
        if (length < 0) {
            return Either.left(new KdfError.NegativeLength("HKDF-Expand-Label", length));
        }
        return HkdfLabel.CODEC.encode(HkdfLabel.of(label, context, length))
                .<KdfError>mapLeft(e -> new KdfError.Unencodable("HkdfLabel", e.toString()))
                .flatMap(info -> expand(hash, secret, info, length));
    }

    /**
     * Derive-Secret(Secret, Label, Messages) = HKDF-Expand-Label(Secret, Label,
     * Transcript-Hash(Messages), Hash.length); the caller passes the transcript hash.
     */
    public static Either<KdfError, Bytes> deriveSecret(HashAlgorithm hash, Bytes secret, String label, Bytes transcriptHash) {
        return expandLabel(hash, secret, label, transcriptHash, hash.length());
    }
}
