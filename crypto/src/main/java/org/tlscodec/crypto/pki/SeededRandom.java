package org.tlscodec.crypto.pki;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.prng.EntropySource;
import org.bouncycastle.crypto.prng.EntropySourceProvider;
import org.bouncycastle.crypto.prng.SP800SecureRandomBuilder;
import org.tlscodec.codec.Bytes;

/**
 * A deterministic {@link SecureRandom} for test material only: Bouncy Castle's Hash_DRBG
 * (SHA-256, NIST SP 800-90A) whose "entropy" is SHA-256 of the seed, the purpose and a counter.
 * The same seed and purpose give the same stream; each purpose gives an independent one, so keys
 * do not shift when another key's generation changes.
 */
public final class SeededRandom {
    private SeededRandom() {
    }

    /** The stream for one purpose (e.g. "ca key") of one seed. Never use this for real keys. */
    public static SecureRandom of(Bytes seed, String purpose) {
        byte[] personalization = purpose.getBytes(StandardCharsets.UTF_8);
        EntropySourceProvider provider = bitsRequired -> new DerivedEntropy(seed, personalization, bitsRequired);
        return new SP800SecureRandomBuilder(provider)
                .setPersonalizationString(personalization)
                .buildHash(new SHA256Digest(), sha256(seed.toArray(), personalization, 0), false);
    }

    private static byte[] sha256(byte[] seed, byte[] purpose, long counter) {
        SHA256Digest d = new SHA256Digest();
        d.update(seed, 0, seed.length);
        d.update((byte) 0);
        d.update(purpose, 0, purpose.length);
        for (int i = 7; i >= 0; i--) {
            d.update((byte) (counter >>> (8 * i)));
        }
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }

    /** Entropy expanded from the seed by a counter; every request gives the next block. */
    private static final class DerivedEntropy implements EntropySource {
        private final Bytes seed;
        private final byte[] purpose;
        private final int bits;
        private long counter = 1;

        DerivedEntropy(Bytes seed, byte[] purpose, int bits) {
            this.seed = seed;
            this.purpose = purpose;
            this.bits = bits;
        }

        @Override
        public boolean isPredictionResistant() {
            return false;
        }

        @Override
        public synchronized byte[] getEntropy() {
            byte[] out = new byte[(bits + 7) / 8];
            for (int at = 0; at < out.length; at += 32) {
                byte[] block = sha256(seed.toArray(), purpose, counter++);
                System.arraycopy(block, 0, out, at, Math.min(32, out.length - at));
            }
            return out;
        }

        @Override
        public int entropySize() {
            return bits;
        }
    }
}
