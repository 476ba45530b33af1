package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import java.security.SecureRandom;
import org.tlscodec.codec.Bytes;

/**
 * x25519 or x448 in TLS 1.3 (RFC 8446 section 4.2.8.2; RFC 7748): each share is the 32- or
 * 56-byte public key; the secret is X(k, peer), refused when all zeros (section 7.4.2).
 */
record XdhKem(Xdh function) implements ShareKem {

    @Override
    public String name() {
        return function.functionName();
    }

    @Override
    public int clientShareLength() {
        return function.keyLength();
    }

    @Override
    public int serverShareLength() {
        return function.keyLength();
    }

    @Override
    public KeyPair generate(SecureRandom random) {
        XdhKeyPair own = function.generateKeyPair(random);
        return new KeyPair(own.publicKey(), own::sharedSecret);
    }

    @Override
    public Either<KxError, Encapsulated> encapsulate(Bytes clientShare, SecureRandom random) {
        XdhKeyPair own = function.generateKeyPair(random);
        return own.sharedSecret(clientShare).map(secret -> new Encapsulated(own.publicKey(), secret));
    }
}
