package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import java.security.SecureRandom;
import org.tlscodec.codec.Bytes;

/**
 * An elliptic-curve group in TLS 1.3 (RFC 8446 section 4.2.8.2): each share is an
 * UncompressedPointRepresentation ({@code 04 || X || Y}, the only form TLS 1.3 allows), validated
 * on the curve; the secret is the x coordinate (section 7.4.2).
 */
record EcdheKem(EcCurve curve) implements ShareKem {

    @Override
    public String name() {
        return curve.curveName();
    }

    @Override
    public int clientShareLength() {
        return curve.uncompressedLength();
    }

    @Override
    public int serverShareLength() {
        return curve.uncompressedLength();
    }

    @Override
    public KeyPair generate(SecureRandom random) {
        EcKeyPair own = curve.generateKeyPair(random);
        return new KeyPair(own.publicPoint().uncompressed(), serverShare -> agree(own, "server key_exchange", serverShare));
    }

    @Override
    public Either<KxError, Encapsulated> encapsulate(Bytes clientShare, SecureRandom random) {
        return uncompressed("client key_exchange", clientShare).flatMap(valid -> {
            EcKeyPair own = curve.generateKeyPair(random);
            return own.sharedSecret(clientShare).map(secret -> new Encapsulated(own.publicPoint().uncompressed(), secret));
        });
    }

    private Either<KxError, Bytes> agree(EcKeyPair own, String what, Bytes peerShare) {
        return uncompressed(what, peerShare).flatMap(own::sharedSecret);
    }

    private Either<KxError, Bytes> uncompressed(String what, Bytes share) {
        if (!share.isEmpty() && share.get(0) != 4) {
            return Either.left(new KxError.InvalidPoint(curve.curveName(), String.format(
                    "TLS 1.3 allows only the uncompressed form (first byte 04), the %s starts with %02x", what, share.get(0))));
        }
        return ShareKem.exactly(curve.curveName() + " " + what, curve.uncompressedLength(), share);
    }
}
