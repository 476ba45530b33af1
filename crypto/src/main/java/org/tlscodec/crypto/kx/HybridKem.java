package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import java.security.SecureRandom;
import org.tlscodec.codec.Bytes;

/**
 * Two key exchanges run side by side, draft-ietf-tls-ecdhe-mlkem (after
 * draft-ietf-tls-hybrid-design): each share is the first component's share followed by
 * the second's, and the shared secret is the first component's secret followed by the second's,
 * with no length prefixes (every component's lengths are fixed). The draft fixes the order per
 * group: X25519MLKEM768 puts ML-KEM-768 first; SecP256r1MLKEM768 and SecP384r1MLKEM1024 put the
 * ECDH part first.
 */
record HybridKem(String name, ShareKem first, ShareKem second) implements ShareKem {

    @Override
    public int clientShareLength() {
        return first.clientShareLength() + second.clientShareLength();
    }

    @Override
    public int serverShareLength() {
        return first.serverShareLength() + second.serverShareLength();
    }

    @Override
    public KeyPair generate(SecureRandom random) {
        KeyPair a = first.generate(random);
        KeyPair b = second.generate(random);
        return new KeyPair(a.share().concat(b.share()), serverShare ->
                ShareKem.exactly(name + " server key_exchange", serverShareLength(), serverShare).flatMap(share -> {
                    int cut = first.serverShareLength();
                    return a.decapsulation().decapsulate(share.take(cut)).flatMap(secretA ->
                            b.decapsulation().decapsulate(share.drop(cut)).map(secretA::concat));
                }));
    }

    @Override
    public Either<KxError, Encapsulated> encapsulate(Bytes clientShare, SecureRandom random) {
        return ShareKem.exactly(name + " client key_exchange", clientShareLength(), clientShare).flatMap(share -> {
            int cut = first.clientShareLength();
            return first.encapsulate(share.take(cut), random).flatMap(a -> second.encapsulate(share.drop(cut), random)
                    .map(b -> new Encapsulated(a.share().concat(b.share()), a.secret().concat(b.secret()))));
        });
    }
}
