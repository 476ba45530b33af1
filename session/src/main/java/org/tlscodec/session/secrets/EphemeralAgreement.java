package org.tlscodec.session.secrets;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kx.DhGroup;
import org.tlscodec.crypto.kx.DhKeyPair;
import org.tlscodec.crypto.kx.DhSecretEncoding;
import org.tlscodec.crypto.kx.EcCurve;
import org.tlscodec.crypto.kx.Xdh;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * The (EC)DHE shared secret from one side's ephemeral private key and the other side's public
 * share, as a reader that holds that key computes it: X25519/X448 (RFC 7748 section 6, RFC 8446
 * section 7.4.2), the RFC 7919 ffdhe groups and any TLS 1.2 DHE group (RFC 5246 section 8.1.2),
 * and the NIST and Brainpool curves (the x-coordinate, RFC 8446 section 7.4.2,
 * RFC 8422 section 5.10). The arithmetic is {@link Xdh}'s and {@link EcCurve}'s.
 */
public final class EphemeralAgreement {
    private EphemeralAgreement() {
    }

    /** The shared secret of {@code privateKey} with the peer's {@code peerShare}, in {@code group}. */
    public static Either<SessionError, Bytes> sharedSecret(NamedGroup group, Bytes privateKey, Bytes peerShare) {
        if (group.equals(NamedGroup.X25519) || group.equals(NamedGroup.X448)) {
            Xdh f = group.equals(NamedGroup.X25519) ? Xdh.X25519 : Xdh.X448;
            return f.keyPair(privateKey).flatMap(k -> k.sharedSecret(peerShare)).mapLeft(e -> SessionError.crypto(e.message()));
        }
        Option<DhGroup> ffdhe = DhGroup.of(group);
        if (ffdhe.isDefined()) {
            // RFC 8446 section 7.4.1: Z left-padded to the prime's length (RFC 7919 groups in key_share).
            return ffdhe.get().keyPair(privateKey).flatMap(k -> k.sharedSecret(peerShare, DhSecretEncoding.PADDED_TO_PRIME))
                    .mapLeft(e -> SessionError.crypto(e.message()));
        }
        Option<EcCurve> curve = EcCurve.of(group);
        if (curve.isDefined()) {
            return curve.get().keyPair(privateKey).flatMap(k -> k.sharedSecret(peerShare)).mapLeft(e -> SessionError.crypto(e.message()));
        }
        return Either.left(new SessionError.Crypto("no ephemeral key agreement here for group " + group));
    }

    /**
     * The premaster of a TLS 1.2 DHE exchange (RFC 5246 section 8.1.2: Z with its leading zero
     * bytes stripped) in the group the ServerDHParams sent (an RFC 7919 ffdhe prime, an RFC 3526
     * MODP one, or any other), from whichever known ephemeral key is one side's: a key is that
     * side's when g^x mod p is the public value the side sent, so the key's group tag does not
     * matter. None when no known key is either side's.
     */
    public static Option<Either<SessionError, Bytes>> fromKnownDh(TlsSession s, Bytes p, Bytes g, Bytes serverY, Bytes clientY) {
        Either<org.tlscodec.crypto.kx.KxError, DhGroup> group = DhGroup.explicit(p, g);
        if (group.isLeft()) {
            return s.known().ephemeralKeys().isEmpty() ? Option.none() : Option.some(Either.left(SessionError.crypto(group.getLeft().message())));
        }
        java.math.BigInteger ys = new java.math.BigInteger(1, serverY.toArray());
        java.math.BigInteger yc = new java.math.BigInteger(1, clientY.toArray());
        for (KnownSecrets.EphemeralKey k : s.known().ephemeralKeys()) {
            Either<org.tlscodec.crypto.kx.KxError, DhKeyPair> pair = group.get().keyPair(k.privateKey());
            if (pair.isLeft()) {
                continue;
            }
            java.math.BigInteger y = new java.math.BigInteger(1, pair.get().publicValue().toArray());
            Option<Bytes> peer = k.owner() == ConnectionEnd.SERVER && y.equals(ys) ? Option.some(clientY)
                    : k.owner() == ConnectionEnd.CLIENT && y.equals(yc) ? Option.some(serverY) : Option.none();
            if (peer.isDefined()) {
                return Option.some(pair.get().sharedSecret(peer.get(), DhSecretEncoding.LEADING_ZEROS_STRIPPED)
                        .mapLeft(e -> SessionError.crypto(e.message())));
            }
        }
        return Option.none();
    }

    /**
     * The shared secret of a handshake where the client's share and the server's share in
     * {@code group} are known, from whichever side's private key is known: none when neither is.
     */
    public static Option<Either<SessionError, Bytes>> fromKnown(TlsSession s, NamedGroup group, Option<Bytes> clientShare,
                                                                Option<Bytes> serverShare) {
        for (KnownSecrets.EphemeralKey k : s.known().ephemeralKeys()) {
            if (!k.group().equals(group)) {
                continue;
            }
            Option<Bytes> peer = k.owner() == ConnectionEnd.CLIENT ? serverShare : clientShare;
            if (peer.isDefined()) {
                return Option.some(sharedSecret(group, k.privateKey(), peer.get()));
            }
        }
        return Option.none();
    }
}
