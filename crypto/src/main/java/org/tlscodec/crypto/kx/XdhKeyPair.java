package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;

/** One side's X25519 or X448 key: the private string k and the public key X(k, base point). {@code toString} never shows k. */
public final class XdhKeyPair {
    private final Xdh function;
    private final Bytes privateKey;
    private final Bytes publicKey;

    XdhKeyPair(Xdh function, Bytes privateKey, Bytes publicKey) {
        this.function = function;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** X25519 or X448. */
    public Xdh function() {
        return function;
    }

    /** The public key, little-endian as sent on the wire. */
    public Bytes publicKey() {
        return publicKey;
    }

    /**
     * X(k, peer's public key), refused when all zeros: RFC 7748 section 6.1/6.2 lets a party
     * check, RFC 8446 section 7.4.2 requires it. The comparison runs over every byte.
     */
    public Either<KxError, Bytes> sharedSecret(Bytes peerPublicKey) {
        return function.checkLength(function.functionName() + " public key", peerPublicKey).flatMap(u -> {
            byte[] z = function.multiply(privateKey.toArray(), u.toArray());
            int any = 0;
            for (byte b : z) {
                any |= b;
            }
            return any == 0 ? Either.left(new KxError.AllZeroSharedSecret(function.functionName())) : Either.right(Bytes.of(z));
        });
    }

    @Override
    public String toString() {
        return "XdhKeyPair[" + function.functionName() + ", public=" + publicKey.hex() + ", private=<hidden>]";
    }
}
