package org.tlscodec.vectors.crypto.kdf;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import javax.crypto.KeyAgreement;
import org.tlscodec.codec.Bytes;

/**
 * The (EC)DHE shared secrets of the traces, from their private keys, with the JDK's XDH and ECDH
 * (test support only: key exchange proper belongs to another package).
 */
final class KeyAgreements {
    private static final Bytes X25519_BASE_POINT = Bytes.ofUnsigned(9).concat(Bytes.zeros(31));

    private KeyAgreements() {
    }

    /** X25519(k, u) of RFC 7748, both in their little-endian encodings. */
    static Bytes x25519(Bytes scalar, Bytes u) {
        try {
            KeyFactory kf = KeyFactory.getInstance("XDH");
            byte[] le = u.toArray();
            le[31] &= 0x7f;
            byte[] be = new byte[32];
            for (int i = 0; i < 32; i++) {
                be[i] = le[31 - i];
            }
            KeyAgreement ka = KeyAgreement.getInstance("XDH");
            ka.init(kf.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, scalar.toArray())));
            ka.doPhase(kf.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, new BigInteger(1, be))), true);
            return Bytes.of(ka.generateSecret());
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** The X25519 public key of a private key: X25519(k, 9). */
    static Bytes x25519Public(Bytes scalar) {
        return x25519(scalar, X25519_BASE_POINT);
    }

    /** ECDH on P-256: the x coordinate of d * Q, Q in its uncompressed encoding. */
    static Bytes p256(Bytes privateScalar, Bytes uncompressedPoint) {
        try {
            AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
            p.init(new ECGenParameterSpec("secp256r1"));
            ECParameterSpec spec = p.getParameterSpec(ECParameterSpec.class);
            KeyFactory kf = KeyFactory.getInstance("EC");
            ECPoint q = new ECPoint(new BigInteger(1, uncompressedPoint.slice(1, 33).toArray()),
                    new BigInteger(1, uncompressedPoint.slice(33, 65).toArray()));
            KeyAgreement ka = KeyAgreement.getInstance("ECDH");
            ka.init(kf.generatePrivate(new ECPrivateKeySpec(new BigInteger(1, privateScalar.toArray()), spec)));
            ka.doPhase(kf.generatePublic(new ECPublicKeySpec(q, spec)), true);
            return Bytes.of(ka.generateSecret());
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
