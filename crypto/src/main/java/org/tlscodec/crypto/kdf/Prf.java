package org.tlscodec.crypto.kdf;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * The pseudo-random function a protocol version derives its keys with:
 * {@code PRF(secret, label, seed)} cut to the length asked for.
 *
 * <ul>
 *   <li>{@link Ssl3}: SSL 3.0 has no PRF; its key derivation (RFC 6101 section 6.2.2) is
 *       MD5(secret + SHA1("A" + secret + seed)) + MD5(secret + SHA1("BB" + secret + seed)) + ...,
 *       which has no label, so the label is ignored;</li>
 *   <li>{@link Tls10}: TLS 1.0 and 1.1 (RFC 2246 section 5), P_MD5 xor P_SHA-1 over the two
 *       halves of the secret;</li>
 *   <li>{@link Tls12}: TLS 1.2 (RFC 5246 section 5), P_hash with the suite's hash.</li>
 * </ul>
 */
public sealed interface Prf {

    /** PRF(secret, label, seed)[0..length-1]; the label is ASCII. */
    Either<KdfError, Bytes> compute(Bytes secret, String label, Bytes seed, int length);

    /** The PRF of {@code version}; {@code tls12Hash} is the suite's PRF hash, used from TLS 1.2 on. */
    static Option<Prf> of(ProtocolVersion version, HashAlgorithm tls12Hash) {
        if (version.equals(ProtocolVersion.SSL_3_0)) {
            return Option.some(new Ssl3());
        }
        if (version.equals(ProtocolVersion.TLS_1_0) || version.equals(ProtocolVersion.TLS_1_1)) {
            return Option.some(new Tls10());
        }
        if (version.equals(ProtocolVersion.TLS_1_2)) {
            return Option.some(new Tls12(tls12Hash));
        }
        return Option.none();
    }

    /** SSL 3.0's MD5/SHA-1 construction (RFC 6101 section 6.1 and 6.2.2). */
    record Ssl3() implements Prf {
        /** The construction salts round i with the letter 'A' + i repeated i + 1 times, so 26 rounds of MD5. */
        public static final int MAX_LENGTH = 26 * 16;

        @Override
        public Either<KdfError, Bytes> compute(Bytes secret, String label, Bytes seed, int length) {
            return Prfs.ssl3(secret, seed, length);
        }
    }

    /** TLS 1.0/1.1: P_MD5(S1, label + seed) xor P_SHA-1(S2, label + seed) (RFC 2246 section 5). */
    record Tls10() implements Prf {
        @Override
        public Either<KdfError, Bytes> compute(Bytes secret, String label, Bytes seed, int length) {
            return Prfs.tls10(secret, Bytes.utf8(label).concat(seed), length);
        }
    }

    /** TLS 1.2: P_hash(secret, label + seed) (RFC 5246 section 5). */
    record Tls12(HashAlgorithm hash) implements Prf {
        @Override
        public Either<KdfError, Bytes> compute(Bytes secret, String label, Bytes seed, int length) {
            return Prfs.pHash(hash, secret, Bytes.utf8(label).concat(seed), length);
        }
    }
}
