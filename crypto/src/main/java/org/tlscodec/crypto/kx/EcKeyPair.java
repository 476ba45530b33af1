package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import java.math.BigInteger;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.tlscodec.codec.Bytes;

/**
 * One side's ECDH key on a prime curve: the private scalar d and the public point Q = d*G.
 * {@code toString} never shows d.
 */
public final class EcKeyPair {
    private final EcCurve curve;
    private final BigInteger d;
    private final ECPoint q;

    EcKeyPair(EcCurve curve, BigInteger d, ECPoint q) {
        this.curve = curve;
        this.d = d;
        this.q = q;
    }

    /** The curve the key is on. */
    public EcCurve curve() {
        return curve;
    }

    /** The public point. */
    public CurvePoint publicPoint() {
        return curve.point(q);
    }

    /**
     * The ECDH shared secret with the peer's point (either X9.62 form): the x coordinate of d*Q,
     * in the field's length (RFC 8422 section 5.10, RFC 8446 section 7.4.2). The point is validated
     * first; a product at infinity is refused.
     */
    public Either<KxError, Bytes> sharedSecret(Bytes peerPoint) {
        return curve.decode(peerPoint).flatMap(this::agree);
    }

    Either<KxError, Bytes> agree(ECPoint peer) {
        try {
            ECDHBasicAgreement agreement = new ECDHBasicAgreement();
            agreement.init(new ECPrivateKeyParameters(d, curve.domain()));
            BigInteger x = agreement.calculateAgreement(new ECPublicKeyParameters(peer, curve.domain()));
            return Either.right(Bytes.of(BigIntegers.asUnsignedByteArray(curve.fieldLength(), x)));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Either.left(new KxError.InvalidPoint(curve.curveName(), e.getMessage() == null ? "rejected" : e.getMessage()));
        }
    }

    @Override
    public String toString() {
        return "EcKeyPair[" + curve.curveName() + ", public=" + publicPoint().uncompressed().hex() + ", private=<hidden>]";
    }
}
