package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import java.security.SecureRandom;
import org.tlscodec.codec.Bytes;

/**
 * The functions X25519 and X448 of RFC 7748 section 5, on little-endian 32- and 56-byte strings,
 * as TLS uses them (RFC 8422 section 5.11, RFC 8446 section 7.4.2): a private key is any string of
 * the right length (the function clamps it), the public key is X(k, base point), and the shared
 * secret is X(k, peer's public key), refused when all zeros (RFC 7748 section 6).
 *
 * <p>Bouncy Castle's {@code rfc7748} classes do the arithmetic (X25519 took about 0.3-0.7 ms here
 * against the JCA's 0.8-2.3 ms), on byte arrays, with no key objects to build.
 */
public enum Xdh {
    X25519("X25519", org.bouncycastle.math.ec.rfc7748.X25519.SCALAR_SIZE),
    X448("X448", org.bouncycastle.math.ec.rfc7748.X448.SCALAR_SIZE);

    private final String functionName;
    private final int keyLength;

    Xdh(String functionName, int keyLength) {
        this.functionName = functionName;
        this.keyLength = keyLength;
    }

    /** "X25519" or "X448". */
    public String functionName() {
        return functionName;
    }

    /** The length of keys, public values and shared secrets: 32 for X25519, 56 for X448. */
    public int keyLength() {
        return keyLength;
    }

    /** A fresh key pair. */
    public XdhKeyPair generateKeyPair(SecureRandom random) {
        byte[] k = new byte[keyLength];
        random.nextBytes(k);
        return new XdhKeyPair(this, Bytes.of(k), publicKeyOf(k));
    }

    /** The key pair of a private key (RFC 7748 section 6: the public key is X(k, 9) or X(k, 5)). */
    public Either<KxError, XdhKeyPair> keyPair(Bytes privateKey) {
        return checkLength(functionName + " private key", privateKey)
                .map(k -> new XdhKeyPair(this, k, publicKeyOf(k.toArray())));
    }

    /**
     * The function itself, X(k, u) (RFC 7748 section 5): no check of the result, so the RFC's
     * test vectors run unchanged. Key exchange goes through {@link XdhKeyPair#sharedSecret}.
     */
    public Either<KxError, Bytes> scalarMult(Bytes k, Bytes u) {
        return checkLength(functionName + " scalar", k).flatMap(kk -> checkLength(functionName + " u-coordinate", u)
                .map(uu -> Bytes.of(multiply(kk.toArray(), uu.toArray()))));
    }

    Either<KxError, Bytes> checkLength(String what, Bytes value) {
        return value.size() == keyLength ? Either.right(value) : Either.left(new KxError.WrongLength(what, keyLength, value.size()));
    }

    byte[] multiply(byte[] k, byte[] u) {
        byte[] r = new byte[keyLength];
        if (this == X25519) {
            org.bouncycastle.math.ec.rfc7748.X25519.scalarMult(k, 0, u, 0, r, 0);
        } else {
            org.bouncycastle.math.ec.rfc7748.X448.scalarMult(k, 0, u, 0, r, 0);
        }
        return r;
    }

    private Bytes publicKeyOf(byte[] k) {
        byte[] r = new byte[keyLength];
        if (this == X25519) {
            org.bouncycastle.math.ec.rfc7748.X25519.scalarMultBase(k, 0, r, 0);
        } else {
            org.bouncycastle.math.ec.rfc7748.X448.scalarMultBase(k, 0, r, 0);
        }
        return Bytes.of(r);
    }
}
