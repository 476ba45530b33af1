package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import java.security.SecureRandom;
import org.tlscodec.codec.Bytes;

/**
 * A finite-field group in TLS 1.3 (RFC 8446 section 4.2.8.1): each share is Y left-padded to the
 * prime's length and checked 1 &lt; Y &lt; p-1; the secret is Z padded the same way (section 7.4.1).
 */
record FfdheKem(DhGroup group) implements ShareKem {

    @Override
    public String name() {
        return group.name();
    }

    @Override
    public int clientShareLength() {
        return group.primeLength();
    }

    @Override
    public int serverShareLength() {
        return group.primeLength();
    }

    @Override
    public KeyPair generate(SecureRandom random) {
        DhKeyPair own = group.generateKeyPair(random);
        return new KeyPair(own.publicValuePadded(), serverShare -> agree(own, "server key_exchange", serverShare));
    }

    @Override
    public Either<KxError, Encapsulated> encapsulate(Bytes clientShare, SecureRandom random) {
        return ShareKem.exactly(name() + " client key_exchange", clientShareLength(), clientShare)
                .flatMap(group::validatePublicValue)
                .flatMap(valid -> {
                    DhKeyPair own = group.generateKeyPair(random);
                    return own.sharedSecret(clientShare, DhSecretEncoding.PADDED_TO_PRIME)
                            .map(secret -> new Encapsulated(own.publicValuePadded(), secret));
                });
    }

    private Either<KxError, Bytes> agree(DhKeyPair own, String what, Bytes peerShare) {
        return ShareKem.exactly(name() + " " + what, group.primeLength(), peerShare)
                .flatMap(share -> own.sharedSecret(share, DhSecretEncoding.PADDED_TO_PRIME));
    }
}
