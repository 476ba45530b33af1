package org.tlscodec.crypto.kx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tlscodec.crypto.kx.Fixtures.left;
import static org.tlscodec.crypto.kx.Fixtures.random;
import static org.tlscodec.crypto.kx.Fixtures.right;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.ECPointFormat;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * ECDH points and keys: both X9.62 forms decode to the same validated point, and everything that
 * is not a point on the curve (the wrong length or form, off the curve, infinity, x beyond the
 * field) is an InvalidPoint or WrongLength error; private scalars must be in [1, n-1].
 */
class EcCurveTest {

    @Test
    void tls12AndTls13CodesNameTheSameBrainpoolCurves() {
        assertThat(EcCurve.of(NamedGroup.BRAINPOOLP256R1)).contains(EcCurve.BRAINPOOLP256R1);
        assertThat(EcCurve.of(NamedGroup.BRAINPOOLP256R1TLS13)).contains(EcCurve.BRAINPOOLP256R1);
        assertThat(EcCurve.of(NamedGroup.BRAINPOOLP384R1TLS13)).contains(EcCurve.BRAINPOOLP384R1);
        assertThat(EcCurve.of(NamedGroup.BRAINPOOLP512R1TLS13)).contains(EcCurve.BRAINPOOLP512R1);
        assertThat(EcCurve.of(NamedGroup.SECP521R1)).contains(EcCurve.SECP521R1);
        assertThat(EcCurve.of(NamedGroup.SECP256K1)).isEmpty();
        assertThat(EcCurve.of(NamedGroup.X25519)).isEmpty();
    }

    @Test
    void bothFormsOfAPointDecodeToItAndEncodeBack() {
        for (EcCurve curve : EcCurve.values()) {
            CurvePoint point = curve.generateKeyPair(random("forms " + curve)).publicPoint();
            assertThat(point.uncompressed().size()).isEqualTo(curve.uncompressedLength());
            assertThat(point.compressed().size()).isEqualTo(1 + curve.fieldLength());
            assertThat(right(curve.decodePoint(point.uncompressed()))).isEqualTo(point);
            assertThat(right(curve.decodePoint(point.compressed()))).isEqualTo(point);
            assertThat(right(point.encode(ECPointFormat.UNCOMPRESSED))).isEqualTo(point.uncompressed());
            assertThat(right(point.encode(ECPointFormat.ANSIX962_COMPRESSED_PRIME))).isEqualTo(point.compressed());
            assertThat(left(point.encode(ECPointFormat.ANSIX962_COMPRESSED_CHAR2)).message()).contains("ansiX962_compressed_prime");
        }
    }

    @Test
    void aPointOffTheCurveIsRefusedInEitherForm() {
        EcCurve curve = EcCurve.SECP256R1;
        Bytes good = curve.generateKeyPair(random("off curve")).publicPoint().uncompressed();
        Bytes badY = good.take(64).concat(Bytes.ofUnsigned(good.get(64) ^ 1));
        assertThat(left(curve.decodePoint(badY))).isInstanceOf(KxError.InvalidPoint.class);
        // About half of all x have no point; the first such x among 1, 2, 3, ... is refused in compressed form.
        boolean refusedOne = false;
        for (int x = 1; x < 64 && !refusedOne; x++) {
            Bytes compressed = Bytes.ofUnsigned(2).concat(Bytes.zeros(31)).concat(Bytes.ofUnsigned(x));
            var decoded = curve.decodePoint(compressed);
            if (decoded.isLeft()) {
                assertThat(decoded.getLeft()).isInstanceOf(KxError.InvalidPoint.class);
                refusedOne = true;
            } else {
                assertThat(decoded.get().x()).isEqualTo(compressed.drop(1));
            }
        }
        assertThat(refusedOne).isTrue();
        assertThat(left(curve.decodePoint(Bytes.ofUnsigned(3).concat(Bytes.fromHex("ff".repeat(32)))))).isInstanceOf(KxError.InvalidPoint.class);
    }

    @Test
    void infinityHybridFormsWrongLengthsAndEmptyInputAreRefused() {
        EcCurve curve = EcCurve.SECP384R1;
        Bytes good = curve.generateKeyPair(random("forms")).publicPoint().uncompressed();
        assertThat(left(curve.decodePoint(Bytes.ofUnsigned(0))).message()).contains("first byte must be 04");
        assertThat(left(curve.decodePoint(Bytes.ofUnsigned(6).concat(good.drop(1))))).isInstanceOf(KxError.InvalidPoint.class);
        assertThat(left(curve.decodePoint(Bytes.empty()))).isInstanceOf(KxError.InvalidPoint.class);
        assertThat(left(curve.decodePoint(good.take(96)))).isEqualTo(new KxError.WrongLength("secp384r1 uncompressed point", 97, 96));
        assertThat(left(curve.decodePoint(good.take(48)))).isEqualTo(new KxError.WrongLength("secp384r1 uncompressed point", 97, 48));
        assertThat(left(curve.decodePoint(Bytes.ofUnsigned(2).concat(good.slice(1, 50))))).isEqualTo(
                new KxError.WrongLength("secp384r1 compressed point", 49, 50));
    }

    @Test
    void aSharedSecretNeedsAValidPeerPointAndIsTheFieldLengthXCoordinate() {
        EcCurve curve = EcCurve.SECP521R1;
        EcKeyPair a = curve.generateKeyPair(random("ecdh a"));
        EcKeyPair b = curve.generateKeyPair(random("ecdh b"));
        Bytes secret = right(a.sharedSecret(b.publicPoint().uncompressed()));
        assertThat(secret.size()).isEqualTo(66);
        assertThat(right(b.sharedSecret(a.publicPoint().compressed()))).isEqualTo(secret);
        Bytes offCurve = b.publicPoint().uncompressed().take(132).concat(Bytes.ofUnsigned(b.publicPoint().uncompressed().get(132) ^ 1));
        assertThat(left(a.sharedSecret(offCurve))).isInstanceOf(KxError.InvalidPoint.class);
    }

    @Test
    void privateScalarsMustBeBetween1AndTheOrderMinus1() {
        Bytes n = Bytes.fromHex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"); // SEC 2 section 2.4.2, the order of secp256r1
        assertThat(left(EcCurve.SECP256R1.keyPair(Bytes.zeros(32))).message()).contains("1 <= d < n");
        assertThat(left(EcCurve.SECP256R1.keyPair(n))).isInstanceOf(KxError.InvalidParameters.class);
        EcKeyPair one = right(EcCurve.SECP256R1.keyPair(Bytes.ofUnsigned(1)));
        // d = 1: the public point is the generator G (SEC 2 section 2.4.2).
        assertThat(one.publicPoint().x()).isEqualTo(Bytes.fromHex("6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"));
        assertThat(right(EcCurve.SECP256R1.keyPair(Bytes.fromHex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632550"))).publicPoint().x())
                .isEqualTo(one.publicPoint().x());
    }
}
