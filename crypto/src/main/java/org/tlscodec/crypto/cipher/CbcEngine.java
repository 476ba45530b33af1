package org.tlscodec.crypto.cipher;

import java.security.GeneralSecurityException;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.ARIAEngine;
import org.bouncycastle.crypto.engines.CamelliaEngine;
import org.bouncycastle.crypto.engines.IDEAEngine;
import org.bouncycastle.crypto.engines.RC2Engine;
import org.bouncycastle.crypto.engines.SEEDEngine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.suite.BulkCipher;

/**
 * A block cipher in CBC mode without padding (the record layer pads): the JCA for AES, DES and
 * 3DES, Bouncy Castle's lightweight engines for IDEA, RC2, SEED, Camellia and ARIA.
 */
abstract class CbcEngine {

    abstract int blockSize();

    /** Encrypts or decrypts {@code in[off, off+len)}, a whole number of blocks, into {@code out[outOff..]}. */
    abstract void run(boolean encrypt, byte[] iv, byte[] in, int off, int len, byte[] out, int outOff) throws GeneralSecurityException;

    static CbcEngine of(BulkCipher cipher, Bytes key) throws GeneralSecurityException {
        byte[] k = key.toArray();
        switch (cipher) {
            case AES_128_CBC: case AES_256_CBC: return new Jca("AES", k, 16);
            case DES40_CBC: case DES_CBC: return new Jca("DES", k, 8);
            case TRIPLE_DES_EDE_CBC: return new Jca("DESede", k, 8);
            case IDEA_CBC: return new Bc(IDEAEngine::new, k);
            case RC2_CBC_40: case RC2_CBC_128: return new Bc(RC2Engine::new, k);
            case SEED_CBC: return new Bc(SEEDEngine::new, k);
            case CAMELLIA_128_CBC: case CAMELLIA_256_CBC: return new Bc(CamelliaEngine::new, k);
            case ARIA_128_CBC: case ARIA_256_CBC: return new Bc(ARIAEngine::new, k);
            default: throw new GeneralSecurityException("no CBC engine for " + cipher);
        }
    }

    private static final class Jca extends CbcEngine {
        private final Cipher cipher;
        private final SecretKeySpec key;
        private final int blockSize;

        Jca(String algorithm, byte[] key, int blockSize) throws GeneralSecurityException {
            this.cipher = Cipher.getInstance(algorithm + "/CBC/NoPadding");
            this.key = new SecretKeySpec(key, algorithm);
            this.blockSize = blockSize;
        }

        @Override
        int blockSize() {
            return blockSize;
        }

        @Override
        void run(boolean encrypt, byte[] iv, byte[] in, int off, int len, byte[] out, int outOff) throws GeneralSecurityException {
            cipher.init(encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE, key, new IvParameterSpec(iv));
            cipher.doFinal(in, off, len, out, outOff);
        }
    }

    private static final class Bc extends CbcEngine {
        private final CBCBlockCipher cbc;
        private final KeyParameter key;

        Bc(Supplier<BlockCipher> engine, byte[] key) {
            this.cbc = (CBCBlockCipher) CBCBlockCipher.newInstance(engine.get());
            this.key = new KeyParameter(key);
        }

        @Override
        int blockSize() {
            return cbc.getBlockSize();
        }

        @Override
        void run(boolean encrypt, byte[] iv, byte[] in, int off, int len, byte[] out, int outOff) {
            cbc.init(encrypt, new ParametersWithIV(key, iv));
            int bs = cbc.getBlockSize();
            for (int i = 0; i < len; i += bs) {
                cbc.processBlock(in, off + i, out, outOff + i);
            }
        }
    }
}
