package org.tlscodec.crypto.cipher;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.function.Supplier;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.ARIAEngine;
import org.bouncycastle.crypto.engines.CamelliaEngine;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.AEADCipher;
import org.bouncycastle.crypto.modes.CCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.suite.BulkCipher;

/**
 * An AEAD primitive: the JCA for AES-GCM and ChaCha20-Poly1305 (far faster there), Bouncy Castle
 * for CCM, ARIA-GCM, Camellia-GCM and SM4. Sealing writes the ciphertext followed by the tag.
 *
 * <p>One instance belongs to one protection value, confined to one thread (see
 * {@link RecordProtection}): it keeps one cipher object, re-initialised with each record's nonce,
 * and a scratch buffer for an input that has to be assembled first (TLS 1.3's inner plaintext);
 * the record ciphers otherwise give it the caller's bytes where they lie and a fresh array for
 * its output that becomes the answered {@code Bytes} ({@link Bytes#read}, {@link Bytes#fill}), so
 * a 16 KiB record costs no copy and no allocation here beyond the {@code Bytes} the caller keeps.
 * Neither kind of cipher keeps its output array, and neither writes to its input, except when a
 * record is opened in place ({@link RecordProtection#openInPlace}): then the JCA's cipher is given
 * one array as input and output, which its contract allows.
 */
abstract class Aead {
    private byte[] input = new byte[0];

    abstract int tagLength();

    /**
     * True when {@link #open} may be given its input array as its output at the same index: the
     * JCA's {@code Cipher} is copy-safe by its contract, and its AES-GCM and ChaCha20-Poly1305 check
     * the tag before writing any plaintext. Bouncy Castle's AEAD modes are not relied on for it.
     */
    abstract boolean opensInPlace();

    /**
     * Encrypts {@code len} bytes of {@code in} from {@code off} and writes ciphertext and tag into
     * {@code out} from {@code outOff}; answers the number of bytes written ({@code len + tagLength()}).
     */
    abstract Either<CipherError, Integer> seal(byte[] nonce, byte[] aad, byte[] in, int off, int len, byte[] out, int outOff);

    /**
     * Checks the tag of, and decrypts, {@code len} bytes of ciphertext and tag at {@code off}, writing
     * the plaintext into {@code out} from {@code outOff}; answers the plaintext length.
     */
    abstract Either<CipherError, Integer> open(byte[] nonce, byte[] aad, byte[] in, int off, int len, byte[] out, int outOff);

    /**
     * Checks the tag of, and decrypts, {@code ciphertext} (ciphertext then tag) where it lies
     * ({@link Bytes#read}), writing the plaintext into a fresh array that becomes the answer
     * ({@link Bytes#fill}); or, when {@code inPlace} and the cipher allows it ({@link #opensInPlace}),
     * over the ciphertext itself ({@link Bytes#overwrite}). The caller has checked that the bytes
     * hold a tag.
     */
    final Either<CipherError, Bytes> open(byte[] nonce, byte[] aad, Bytes ciphertext, boolean inPlace) {
        return inPlace && opensInPlace()
                ? ciphertext.overwrite((array, offset, length) -> open(nonce, aad, array, offset, length, array, offset))
                : ciphertext.read((array, offset, length) -> Bytes.fill(length - tagLength(), out -> open(nonce, aad, array, offset, length, out, 0)));
    }

    /** A scratch buffer of at least {@code n} bytes for a record's input; its content is the caller's until the next call. */
    final byte[] input(int n) {
        if (input.length < n) {
            input = new byte[n];
        }
        return input;
    }

    static Aead of(BulkCipher cipher, Bytes key) throws GeneralSecurityException {
        byte[] k = key.toArray();
        switch (cipher) {
            case AES_128_GCM: case AES_256_GCM: return new Jca("AES/GCM/NoPadding", "AES", k, true);
            case CHACHA20_POLY1305: return new Jca("ChaCha20-Poly1305", "ChaCha20", k, false);
            case AES_128_CCM: case AES_256_CCM: return new Bc(() -> CCMBlockCipher.newInstance(AESEngine.newInstance()), k, 16);
            case AES_128_CCM_8: case AES_256_CCM_8: return new Bc(() -> CCMBlockCipher.newInstance(AESEngine.newInstance()), k, 8);
            case ARIA_128_GCM: case ARIA_256_GCM: return new Bc(() -> GCMBlockCipher.newInstance(new ARIAEngine()), k, 16);
            case CAMELLIA_128_GCM: case CAMELLIA_256_GCM: return new Bc(() -> GCMBlockCipher.newInstance(new CamelliaEngine()), k, 16);
            case SM4_GCM: return new Bc(() -> GCMBlockCipher.newInstance(new SM4Engine()), k, 16);
            case SM4_CCM: return new Bc(() -> CCMBlockCipher.newInstance(new SM4Engine()), k, 16);
            default: throw new GeneralSecurityException("no AEAD for " + cipher);
        }
    }

    /**
     * The JCA's AES-GCM or ChaCha20-Poly1305. Both refuse to encrypt twice in a row under one key
     * and nonce, which is the nonce reuse a repeated sequence number would be. The JDK's
     * ChaCha20-Poly1305 refuses any initialisation with the previous nonce, decryption included,
     * so opening a record twice, or opening the record just sealed, first moves it to another nonce.
     */
    private static final class Jca extends Aead {
        private static final byte[] NO_NONCE = new byte[0];

        private final Cipher cipher;
        private final SecretKeySpec key;
        private final boolean gcm;
        private byte[] lastNonce = NO_NONCE;
        private int lastMode;

        Jca(String transformation, String algorithm, byte[] key, boolean gcm) throws GeneralSecurityException {
            this.cipher = Cipher.getInstance(transformation);
            this.key = new SecretKeySpec(key, algorithm);
            this.gcm = gcm;
        }

        @Override
        int tagLength() {
            return 16;
        }

        @Override
        boolean opensInPlace() {
            return true;
        }

        @Override
        Either<CipherError, Integer> seal(byte[] nonce, byte[] aad, byte[] in, int off, int len, byte[] out, int outOff) {
            return run(Cipher.ENCRYPT_MODE, nonce, aad, in, off, len, out, outOff);
        }

        @Override
        Either<CipherError, Integer> open(byte[] nonce, byte[] aad, byte[] in, int off, int len, byte[] out, int outOff) {
            return run(Cipher.DECRYPT_MODE, nonce, aad, in, off, len, out, outOff);
        }

        private Either<CipherError, Integer> run(int mode, byte[] nonce, byte[] aad, byte[] in, int off, int len,
                                                 byte[] out, int outOff) {
            try {
                if (gcm) {
                    cipher.init(mode, key, new GCMParameterSpec(128, nonce));
                } else {
                    if (Arrays.equals(nonce, lastNonce)) {
                        if (mode == Cipher.ENCRYPT_MODE && lastMode == Cipher.ENCRYPT_MODE) {
                            return Either.left(new CipherError.Primitive("nonce reuse refused: a second encryption under one nonce"));
                        }
                        byte[] other = nonce.clone();
                        other[0] ^= 1;
                        cipher.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(other));
                    }
                    cipher.init(mode, key, new IvParameterSpec(nonce));
                    lastNonce = nonce;
                    lastMode = mode;
                }
                cipher.updateAAD(aad);
                return Either.right(cipher.doFinal(in, off, len, out, outOff));
            } catch (AEADBadTagException e) {
                return Either.left(CipherError.BadRecordMac.AUTHENTICATION);
            } catch (java.security.InvalidAlgorithmParameterException e) {
                // the JCA refuses to encrypt twice under one key and nonce: a sequence number was reused
                return Either.left(new CipherError.Primitive("nonce reuse refused: " + e.getMessage()));
            } catch (GeneralSecurityException | RuntimeException e) {
                return Either.left(new CipherError.Primitive(e.toString()));
            }
        }
    }

    private static final class Bc extends Aead {
        private final AEADCipher cipher;
        private final KeyParameter key;
        private final int tagLength;

        Bc(Supplier<AEADCipher> cipher, byte[] key, int tagLength) {
            this.cipher = cipher.get();
            this.key = new KeyParameter(key);
            this.tagLength = tagLength;
        }

        @Override
        int tagLength() {
            return tagLength;
        }

        @Override
        boolean opensInPlace() {
            return false;
        }

        @Override
        Either<CipherError, Integer> seal(byte[] nonce, byte[] aad, byte[] in, int off, int len, byte[] out, int outOff) {
            return run(true, nonce, aad, in, off, len, out, outOff);
        }

        @Override
        Either<CipherError, Integer> open(byte[] nonce, byte[] aad, byte[] in, int off, int len, byte[] out, int outOff) {
            return run(false, nonce, aad, in, off, len, out, outOff);
        }

        private Either<CipherError, Integer> run(boolean encrypt, byte[] nonce, byte[] aad, byte[] in, int off, int len,
                                                 byte[] out, int outOff) {
            try {
                cipher.init(encrypt, new AEADParameters(key, tagLength * 8, nonce, aad));
                int n = cipher.processBytes(in, off, len, out, outOff);
                n += cipher.doFinal(out, outOff + n);
                return Either.right(n);
            } catch (InvalidCipherTextException e) {
                return Either.left(CipherError.BadRecordMac.AUTHENTICATION);
            } catch (RuntimeException e) {
                return Either.left(new CipherError.Primitive(e.toString()));
            }
        }
    }
}
