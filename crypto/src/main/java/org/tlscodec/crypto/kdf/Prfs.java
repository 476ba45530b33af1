package org.tlscodec.crypto.kdf;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;

/** The expansion functions the PRFs are built from. */
public final class Prfs {
    private Prfs() {
    }

    /**
     * P_hash(secret, seed) of RFC 2246 section 5 / RFC 5246 section 5: HMAC(secret, A(i) + seed)
     * for A(0) = seed, A(i) = HMAC(secret, A(i-1)), cut to {@code length}.
     */
    public static Either<KdfError, Bytes> pHash(HashAlgorithm hash, Bytes secret, Bytes seed, int length) {
        if (length < 0) {
            return Either.left(new KdfError.NegativeLength("P_" + hash.standardName(), length));
        }
        byte[] out = new byte[length];
        int filled = 0;
        Bytes a = seed;
        while (filled < length) {
            a = hash.hmac(secret, a);
            Bytes block = hash.hmac(secret, a, seed);
            int n = Math.min(block.size(), length - filled);
            block.take(n).copyTo(out, filled);
            filled += n;
        }
        return Either.right(Bytes.of(out));
    }

    /**
     * The TLS 1.0/1.1 PRF over an already joined {@code labelAndSeed}: the secret is split in two
     * halves that share the middle byte when its length is odd (RFC 2246 section 5), and
     * P_MD5(S1) is xored with P_SHA-1(S2).
     */
    public static Either<KdfError, Bytes> tls10(Bytes secret, Bytes labelAndSeed, int length) {
        int half = (secret.size() + 1) / 2;
        Bytes s1 = secret.take(half);
        Bytes s2 = secret.drop(secret.size() - half);
        return pHash(HashAlgorithm.MD5, s1, labelAndSeed, length).flatMap(md5 ->
                pHash(HashAlgorithm.SHA1, s2, labelAndSeed, length).map(sha -> xor(md5, sha)));
    }

    /**
     * SSL 3.0's key derivation (RFC 6101 section 6.2.2): MD5(secret + SHA1(salt_i + secret + seed))
     * for the salts "A", "BB", "CCC", ..., cut to {@code length}. At most 26 rounds are defined.
     */
    public static Either<KdfError, Bytes> ssl3(Bytes secret, Bytes seed, int length) {
        if (length < 0) {
            return Either.left(new KdfError.NegativeLength("SSL 3.0 key derivation", length));
        }
        if (length > Prf.Ssl3.MAX_LENGTH) {
            return Either.left(new KdfError.OutputTooLong("SSL 3.0 key derivation", length, Prf.Ssl3.MAX_LENGTH));
        }
        byte[] out = new byte[length];
        int filled = 0;
        for (int round = 0; filled < length; round++) {
            byte[] salt = new byte[round + 1];
            java.util.Arrays.fill(salt, (byte) ('A' + round));
            Bytes inner = HashAlgorithm.SHA1.digest(Bytes.of(salt), secret, seed);
            Bytes block = HashAlgorithm.MD5.digest(secret, inner);
            int n = Math.min(block.size(), length - filled);
            block.take(n).copyTo(out, filled);
            filled += n;
        }
        return Either.right(Bytes.of(out));
    }

    /** a xor b, over equal lengths. */
    static Bytes xor(Bytes a, Bytes b) {
        byte[] out = new byte[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (a.get(i) ^ b.get(i));
        }
        return Bytes.of(out);
    }
}
