package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import java.security.SecureRandom;
import org.tlscodec.codec.Bytes;

/**
 * ML-KEM alone (draft-ietf-tls-mlkem): the client's share is the encapsulation key,
 * the server's the ciphertext, the secret ML-KEM's 32 bytes.
 */
record MlKemShareKem(MlKem kem) implements ShareKem {

    @Override
    public String name() {
        return kem.kemName();
    }

    @Override
    public int clientShareLength() {
        return kem.encapsulationKeyLength();
    }

    @Override
    public int serverShareLength() {
        return kem.ciphertextLength();
    }

    @Override
    public KeyPair generate(SecureRandom random) {
        MlKemKeyPair own = kem.generateKeyPair(random);
        return new KeyPair(own.encapsulationKey(), own::decapsulate);
    }

    @Override
    public Either<KxError, Encapsulated> encapsulate(Bytes clientShare, SecureRandom random) {
        return kem.encapsulate(clientShare, random).map(e -> new Encapsulated(e.ciphertext(), e.sharedSecret()));
    }
}
