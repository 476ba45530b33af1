package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.encodings.PKCS1Encoding;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.tlscodec.codec.Bytes;

/**
 * The SSL 2.0 MASTER-KEY of a CLIENT-MASTER-KEY message (the SSL 2.0 draft, "Client Only Protocol
 * Messages" and "Cipher Specifications"): {@code MASTER-KEY = CLEAR-KEY-DATA + SECRET-KEY-DATA},
 * where SECRET-KEY-DATA was sent as ENCRYPTED-KEY-DATA, RSAES-PKCS1-v1_5 under the server's public
 * key, and the two parts together are as long as the cipher kind's key ({@code keyLength}: 16 for
 * RC4 and RC2, export kinds included, whose clear part is 11 bytes).
 *
 * <p>Unlike TLS's premaster (see {@link RsaPremaster}) an SSL 2.0 server reports a bad key with an
 * ERROR message, so a failure here is a value. The decryption is Bouncy Castle's blinded
 * {@link PKCS1Encoding}; the master key is secret and never printed.
 */
public final class SslV2MasterKey {
    private SslV2MasterKey() {
    }

    /**
     * MASTER-KEY from the clear part and the encrypted part, decrypted with the server's key; an
     * error when the padding is wrong or the parts do not add up to {@code keyLength} bytes.
     */
    public static Either<KxError, Bytes> decrypt(RSAPrivateKey serverKey, Bytes clearKey, Bytes encryptedKey, int keyLength) {
        byte[] in = encryptedKey.toArray();
        byte[] secret;
        try {
            PKCS1Encoding pkcs1 = new PKCS1Encoding(new RSABlindedEngine());
            pkcs1.init(false, new ParametersWithRandom(RsaPremaster.parameters(serverKey), new SecureRandom()));
            secret = pkcs1.processBlock(in, 0, in.length);
        } catch (InvalidCipherTextException | RuntimeException e) {
            return Either.left(new KxError.InvalidParameters("SSL 2.0 ENCRYPTED-KEY-DATA",
                    "must be RSAES-PKCS1-v1_5 under the server's key: " + e.getMessage()));
        }
        if (clearKey.size() + secret.length != keyLength) {
            return Either.left(new KxError.WrongLength("SSL 2.0 MASTER-KEY (CLEAR-KEY-DATA + SECRET-KEY-DATA)", keyLength,
                    clearKey.size() + secret.length));
        }
        return Either.right(clearKey.concat(Bytes.of(secret)));
    }

    /** SECRET-KEY-DATA encrypted for the server (what a client sends as ENCRYPTED-KEY-DATA). */
    public static Either<KxError, Bytes> encrypt(java.security.interfaces.RSAPublicKey serverKey, Bytes secretKey, SecureRandom random) {
        return RsaPremaster.encrypt(serverKey, secretKey, random);
    }
}
