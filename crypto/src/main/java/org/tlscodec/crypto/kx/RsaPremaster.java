package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.encodings.PKCS1Encoding;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.tls.TlsRsaKeyExchange;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * The RSA key exchange's premaster secret (RFC 5246 section 7.4.7.1): {@code client_version ||
 * random[46]}, sent encrypted with RSAES-PKCS1-v1_5 under the server's key.
 *
 * <p>Decryption follows the RFC's countermeasure to Bleichenbacher's attack: 46 random bytes are
 * drawn first, then the message is decrypted, and the premaster is the decrypted message if its
 * PKCS#1 padding is correct, it is exactly 48 bytes and its first two bytes are the ClientHello's
 * client_version, and {@code client_version || R} otherwise. The choice is made in constant time
 * and nothing about it is returned, so the server goes on with the handshake either way and a bad
 * ciphertext only shows as a failed Finished (the RFC: "a TLS server MUST NOT generate an alert if
 * processing an RSA-encrypted premaster secret message fails, or the version number is not as
 * expected"). The version check is always on; the RFC's optional relaxation for TLS 1.0 clients is
 * not offered.
 *
 * <p>The decryption and the constant-time checks are Bouncy Castle's {@code TlsRsaKeyExchange}
 * (blinded CRT, fixed-size output, fault check). Its fallback is 48 random bytes; this class then
 * writes client_version over the first two, unconditionally: a no-op on a good premaster (whose
 * version was just checked), and on a bad one exactly the RFC's {@code client_version || R}.
 */
public final class RsaPremaster {
    /** The premaster secret's length. */
    public static final int LENGTH = 48;

    private static final int MIN_MODULUS_BITS = 512;
    private static final int PKCS1_OVERHEAD = 11;

    private RsaPremaster() {
    }

    /** A client's premaster: client_version (the ClientHello's legacy_version) and 46 random bytes. */
    public static Bytes generate(ProtocolVersion clientVersion, SecureRandom random) {
        byte[] r = new byte[LENGTH - 2];
        random.nextBytes(r);
        return version(clientVersion).concat(Bytes.of(r));
    }

    /**
     * RSAES-PKCS1-v1_5 encryption of a premaster under the server's public key: the
     * EncryptedPreMasterSecret's content. The premaster must fit: at most k - 11 bytes.
     */
    public static Either<KxError, Bytes> encrypt(RSAPublicKey serverKey, Bytes premaster, SecureRandom random) {
        int k = (serverKey.getModulus().bitLength() + 7) / 8;
        if (premaster.size() > k - PKCS1_OVERHEAD) {
            return Either.left(new KxError.InvalidParameters("RSA premaster encryption",
                    "a " + k + "-byte modulus takes at most " + (k - PKCS1_OVERHEAD) + " bytes, " + premaster.size() + " given"));
        }
        try {
            PKCS1Encoding pkcs1 = new PKCS1Encoding(new RSABlindedEngine());
            pkcs1.init(true, new ParametersWithRandom(new RSAKeyParameters(false, serverKey.getModulus(), serverKey.getPublicExponent()), random));
            return Either.right(Bytes.of(pkcs1.processBlock(premaster.toArray(), 0, premaster.size())));
        } catch (InvalidCipherTextException | RuntimeException e) {
            return Either.left(new KxError.InvalidParameters("RSA premaster encryption", String.valueOf(e.getMessage())));
        }
    }

    /**
     * The premaster of an EncryptedPreMasterSecret, by the RFC 5246 section 7.4.7.1 procedure:
     * always 48 bytes, the real premaster or a random one, with no way to tell which. A key
     * shorter than 512 bits or an empty ciphertext (public facts, not secrets) give the random one
     * as well.
     */
    public static Bytes decrypt(RSAPrivateKey serverKey, Bytes encryptedPreMasterSecret, ProtocolVersion clientVersion,
                                SecureRandom random) {
        byte[] premaster;
        if (serverKey.getModulus().bitLength() < MIN_MODULUS_BITS || encryptedPreMasterSecret.isEmpty()) {
            premaster = new byte[LENGTH];
            random.nextBytes(premaster);
        } else {
            premaster = bouncyCastleDecrypt(serverKey, encryptedPreMasterSecret, clientVersion, random);
        }
        premaster[0] = (byte) (clientVersion.code() >>> 8);
        premaster[1] = (byte) clientVersion.code();
        return Bytes.of(premaster);
    }

    private static byte[] bouncyCastleDecrypt(RSAPrivateKey key, Bytes encrypted, ProtocolVersion clientVersion, SecureRandom random) {
        byte[] in = encrypted.toArray();
        try {
            return TlsRsaKeyExchange.decryptPreMasterSecret(in, 0, in.length, parameters(key), clientVersion.code(), random);
        } catch (RuntimeException e) {
            // Only for arguments outside its contract, all public (checked above); still a premaster, never an error.
            byte[] fallback = new byte[LENGTH];
            random.nextBytes(fallback);
            return fallback;
        }
    }

    static RSAKeyParameters parameters(RSAPrivateKey key) {
        if (key instanceof RSAPrivateCrtKey crt) {
            return new RSAPrivateCrtKeyParameters(crt.getModulus(), crt.getPublicExponent(), crt.getPrivateExponent(),
                    crt.getPrimeP(), crt.getPrimeQ(), crt.getPrimeExponentP(), crt.getPrimeExponentQ(), crt.getCrtCoefficient());
        }
        return new RSAKeyParameters(true, key.getModulus(), key.getPrivateExponent());
    }

    private static Bytes version(ProtocolVersion v) {
        return Bytes.ofUnsigned(v.code() >>> 8, v.code() & 0xff);
    }
}
