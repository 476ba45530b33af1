package org.tlscodec.crypto.cipher;

import java.security.GeneralSecurityException;
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
 * for CCM, ARIA-GCM, Camellia-GCM and SM4. Output is ciphertext followed by the tag.
 */
abstract class Aead {

    abstract int tagLength();

    abstract Either<CipherError, byte[]> seal(byte[] nonce, byte[] aad, byte[] in, int off, int len);

    abstract Either<CipherError, byte[]> open(byte[] nonce, byte[] aad, byte[] in, int off, int len);

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

    private static final class Jca extends Aead {
        private final Cipher cipher;
        private final SecretKeySpec key;
        private final boolean gcm;

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
        Either<CipherError, byte[]> seal(byte[] nonce, byte[] aad, byte[] in, int off, int len) {
            return run(Cipher.ENCRYPT_MODE, nonce, aad, in, off, len);
        }

        @Override
        Either<CipherError, byte[]> open(byte[] nonce, byte[] aad, byte[] in, int off, int len) {
            return run(Cipher.DECRYPT_MODE, nonce, aad, in, off, len);
        }

        private Either<CipherError, byte[]> run(int mode, byte[] nonce, byte[] aad, byte[] in, int off, int len) {
            try {
                cipher.init(mode, key, gcm ? new GCMParameterSpec(128, nonce) : new IvParameterSpec(nonce));
                cipher.updateAAD(aad);
                return Either.right(cipher.doFinal(in, off, len));
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
        Either<CipherError, byte[]> seal(byte[] nonce, byte[] aad, byte[] in, int off, int len) {
            return run(true, nonce, aad, in, off, len);
        }

        @Override
        Either<CipherError, byte[]> open(byte[] nonce, byte[] aad, byte[] in, int off, int len) {
            return run(false, nonce, aad, in, off, len);
        }

        private Either<CipherError, byte[]> run(boolean encrypt, byte[] nonce, byte[] aad, byte[] in, int off, int len) {
            try {
                cipher.init(encrypt, new AEADParameters(key, tagLength * 8, nonce, aad));
                byte[] out = new byte[cipher.getOutputSize(len)];
                int n = cipher.processBytes(in, off, len, out, 0);
                n += cipher.doFinal(out, n);
                return Either.right(n == out.length ? out : java.util.Arrays.copyOf(out, n));
            } catch (InvalidCipherTextException e) {
                return Either.left(CipherError.BadRecordMac.AUTHENTICATION);
            } catch (RuntimeException e) {
                return Either.left(new CipherError.Primitive(e.toString()));
            }
        }
    }
}
