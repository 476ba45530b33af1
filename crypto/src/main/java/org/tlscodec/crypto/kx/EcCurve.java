package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * The prime curves this library runs ECDH on: secp256r1, secp384r1 and secp521r1 (SEC 2, RFC 8422
 * section 5.1.1) and brainpoolP256r1, P384r1 and P512r1 (RFC 5639), which TLS 1.2 names with codes
 * 26-28 (RFC 7027) and TLS 1.3 with 31-33 (RFC 8734).
 *
 * <p>Bouncy Castle's lightweight API does the arithmetic (its custom SEC curves ran P-256 ECDH
 * in about 2 ms here, the JCA's in 5-14 ms). Points are decoded in either X9.62 form, uncompressed
 * or compressed, and validated: on the curve and not the point at infinity (RFC 8422 section 5.11).
 * The shared secret is the x coordinate of d*Q in the field's length (RFC 8422 section 5.10; RFC
 * 8446 section 7.4.2).
 */
public enum EcCurve {
    SECP256R1("secp256r1", 32),
    SECP384R1("secp384r1", 48),
    SECP521R1("secp521r1", 66),
    BRAINPOOLP256R1("brainpoolP256r1", 32),
    BRAINPOOLP384R1("brainpoolP384r1", 48),
    BRAINPOOLP512R1("brainpoolP512r1", 64);

    private final String curveName;
    private final int fieldLength;
    private volatile ECDomainParameters domain;

    EcCurve(String curveName, int fieldLength) {
        this.curveName = curveName;
        this.fieldLength = fieldLength;
    }

    /** The curve of a NamedGroup: codes 23-25, 26-28 and 31-33; none for any other. */
    public static Option<EcCurve> of(NamedGroup group) {
        return switch (group.code()) {
            case 23 -> Option.some(SECP256R1);
            case 24 -> Option.some(SECP384R1);
            case 25 -> Option.some(SECP521R1);
            case 26, 31 -> Option.some(BRAINPOOLP256R1);
            case 27, 32 -> Option.some(BRAINPOOLP384R1);
            case 28, 33 -> Option.some(BRAINPOOLP512R1);
            default -> Option.none();
        };
    }

    /** The curve's name in SEC 2 or RFC 5639. */
    public String curveName() {
        return curveName;
    }

    /** The length of a field element in bytes: of each coordinate, and of the shared secret. */
    public int fieldLength() {
        return fieldLength;
    }

    /** The length of an uncompressed point: 1 + 2 * fieldLength (RFC 8446 section 4.2.8.2). */
    public int uncompressedLength() {
        return 1 + 2 * fieldLength;
    }

    /** A fresh key pair. */
    public EcKeyPair generateKeyPair(SecureRandom random) {
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(domain(), random));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        return new EcKeyPair(this, ((ECPrivateKeyParameters) pair.getPrivate()).getD(), ((ECPublicKeyParameters) pair.getPublic()).getQ());
    }

    /** The key pair of a private scalar d (big-endian), which must satisfy 1 &lt;= d &lt; n. */
    public Either<KxError, EcKeyPair> keyPair(Bytes privateScalar) {
        BigInteger d = new BigInteger(1, privateScalar.toArray());
        if (d.signum() == 0 || d.compareTo(domain().getN()) >= 0) {
            return Either.left(new KxError.InvalidParameters(curveName + " private key", "the scalar must satisfy 1 <= d < n"));
        }
        ECPoint q = new FixedPointCombMultiplier().multiply(domain().getG(), d).normalize();
        return Either.right(new EcKeyPair(this, d, q));
    }

    /**
     * A point in X9.62 form: {@code 04 || x || y} (uncompressed) or {@code 02|03 || x}
     * (compressed), each coordinate in the field's length. The point must lie on the curve; the
     * point at infinity ({@code 00}) and the hybrid forms ({@code 06}, {@code 07}) are refused.
     */
    public Either<KxError, CurvePoint> decodePoint(Bytes encoded) {
        return decode(encoded).map(this::point);
    }

    Either<KxError, ECPoint> decode(Bytes encoded) {
        if (encoded.isEmpty()) {
            return Either.left(new KxError.InvalidPoint(curveName, "the encoding is empty"));
        }
        int form = encoded.get(0);
        int expected = switch (form) {
            case 4 -> uncompressedLength();
            case 2, 3 -> 1 + fieldLength;
            default -> -1;
        };
        if (expected < 0) {
            return Either.left(new KxError.InvalidPoint(curveName, String.format(
                    "the first byte must be 04 (uncompressed) or 02/03 (compressed), is %02x", form)));
        }
        if (encoded.size() != expected) {
            return Either.left(new KxError.WrongLength(curveName + (form == 4 ? " uncompressed" : " compressed") + " point",
                    expected, encoded.size()));
        }
        try {
            ECPoint point = domain().getCurve().decodePoint(encoded.toArray());
            return Either.right(domain().validatePublicPoint(point));
        } catch (IllegalArgumentException e) {
            return Either.left(new KxError.InvalidPoint(curveName, e.getMessage() == null ? "rejected" : e.getMessage()));
        }
    }

    CurvePoint point(ECPoint q) {
        ECPoint n = q.normalize();
        return new CurvePoint(this, Bytes.of(n.getAffineXCoord().getEncoded()), Bytes.of(n.getAffineYCoord().getEncoded()));
    }

    ECDomainParameters domain() {
        ECDomainParameters d = domain;
        if (d == null) {
            X9ECParameters x9 = CustomNamedCurves.getByName(curveName);
            d = new ECDomainParameters(x9 != null ? x9 : ECNamedCurveTable.getByName(curveName));
            domain = d;
        }
        return d;
    }
}
