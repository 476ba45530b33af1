package org.tlscodec.vectors.crypto.kx;

import io.vavr.collection.Vector;
import java.math.BigInteger;
import org.bouncycastle.util.BigIntegers;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kx.DhGroup;
import org.tlscodec.crypto.kx.EcCurve;
import org.tlscodec.crypto.kx.MlKem;
import org.tlscodec.crypto.kx.Xdh;
import org.tlscodec.tls.registry.NamedGroup;
import org.tlscodec.vectors.gen.Gen;

/**
 * The test's own statement of how a TLS 1.3 key_exchange is laid out, part by part, and what an
 * invalid value of each part looks like at the right length: a finite-field value outside
 * 1 &lt; y &lt; p-1, a point off its curve, a low-order X25519/X448 key, an ML-KEM encapsulation
 * key that fails the modulus check. Hybrids follow draft-ietf-tls-ecdhe-mlkem.
 */
sealed interface SharePart {

    /** The parts of a group's key_exchange, in wire order. */
    static Vector<SharePart> of(NamedGroup group) {
        return switch (group.code()) {
            case 0x11eb -> Vector.of(new Ec(EcCurve.SECP256R1), new Kem(MlKem.ML_KEM_768));
            case 0x11ec -> Vector.of(new Kem(MlKem.ML_KEM_768), new X(Xdh.X25519));
            case 0x11ed -> Vector.of(new Ec(EcCurve.SECP384R1), new Kem(MlKem.ML_KEM_1024));
            case 0x0200 -> Vector.of(new Kem(MlKem.ML_KEM_512));
            case 0x0201 -> Vector.of(new Kem(MlKem.ML_KEM_768));
            case 0x0202 -> Vector.of(new Kem(MlKem.ML_KEM_1024));
            case 29 -> Vector.of(new X(Xdh.X25519));
            case 30 -> Vector.of(new X(Xdh.X448));
            default -> Vector.of(EcCurve.of(group).<SharePart>map(Ec::new)
                    .getOrElse(() -> new Ffdhe(DhGroup.of(group).getOrElseThrow(() -> new AssertionError("no layout for " + group)))));
        };
    }

    /** The part's length in the client's share. */
    int clientLength();

    /** The part's length in the server's share. */
    int serverLength();

    /** Invalid values of the right length for the client's share. */
    Gen<Bytes> invalidClientValues();

    /** Invalid values of the right length for the server's share; empty when none is detectable (ML-KEM ciphertexts). */
    Vector<Gen<Bytes>> invalidServerValues();

    record Ffdhe(DhGroup group) implements SharePart {
        @Override
        public int clientLength() {
            return group.primeLength();
        }

        @Override
        public int serverLength() {
            return group.primeLength();
        }

        @Override
        public Gen<Bytes> invalidClientValues() {
            BigInteger p = new BigInteger(1, group.p().toArray());
            Gen<BigInteger> fixed = Gen.oneOfValues(BigInteger.ZERO, BigInteger.ONE, p.subtract(BigInteger.ONE), p);
            // Values above p: p plus up to 64 bits, still inside the share's length.
            Gen<BigInteger> above = Gen.longs(1, Long.MAX_VALUE).map(k -> p.add(BigInteger.valueOf(k)))
                    .filter(v -> v.bitLength() <= 8 * clientLength());
            return Gen.oneOf(fixed, above).map(v -> Bytes.of(BigIntegers.asUnsignedByteArray(clientLength(), v)));
        }

        @Override
        public Vector<Gen<Bytes>> invalidServerValues() {
            return Vector.of(invalidClientValues());
        }
    }

    record Ec(EcCurve curve) implements SharePart {
        @Override
        public int clientLength() {
            return curve.uncompressedLength();
        }

        @Override
        public int serverLength() {
            return curve.uncompressedLength();
        }

        @Override
        public Gen<Bytes> invalidClientValues() {
            // Random coordinates: a point on the curve has odds of about 2^-(8 * fieldLength).
            Gen<Bytes> offCurve = Gen.bytes(2 * curve.fieldLength()).map(xy -> Bytes.ofUnsigned(4).concat(xy));
            Gen<Bytes> zeros = Gen.constant(Bytes.ofUnsigned(4).concat(Bytes.zeros(2 * curve.fieldLength())));
            Gen<Bytes> badForm = Gen.zip(Gen.oneOfValues(0, 1, 2, 3, 5, 6, 7, 0xff), Gen.bytes(2 * curve.fieldLength()))
                    .map(t -> Bytes.ofUnsigned(t._1).concat(t._2));
            return Gen.oneOf(offCurve, zeros, badForm);
        }

        @Override
        public Vector<Gen<Bytes>> invalidServerValues() {
            return Vector.of(invalidClientValues());
        }
    }

    record X(Xdh function) implements SharePart {
        @Override
        public int clientLength() {
            return function.keyLength();
        }

        @Override
        public int serverLength() {
            return function.keyLength();
        }

        @Override
        public Gen<Bytes> invalidClientValues() {
            int n = function.keyLength();
            Bytes zero = Bytes.zeros(n);
            Bytes one = Bytes.ofUnsigned(1).concat(Bytes.zeros(n - 1));
            // p - 1, little-endian: 2^255 - 20 for X25519, 2^448 - 2^224 - 2 for X448 (a point of order 2 or 4).
            Bytes minusOne = function == Xdh.X25519
                    ? Bytes.fromHex("ec" + "ff".repeat(30) + "7f")
                    : Bytes.fromHex("fe" + "ff".repeat(27) + "fe" + "ff".repeat(27));
            Vector<Bytes> lowOrder = Vector.of(zero, one, minusOne);
            if (function == Xdh.X25519) {
                // The two points of order 8 (as listed by libsodium's and Go's X25519 blocklists).
                lowOrder = lowOrder.appendAll(Vector.of(
                        Bytes.fromHex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
                        Bytes.fromHex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157")));
            }
            return Gen.oneOfValues(lowOrder);
        }

        @Override
        public Vector<Gen<Bytes>> invalidServerValues() {
            return Vector.of(invalidClientValues());
        }
    }

    record Kem(MlKem kem) implements SharePart {
        @Override
        public int clientLength() {
            return kem.encapsulationKeyLength();
        }

        @Override
        public int serverLength() {
            return kem.ciphertextLength();
        }

        @Override
        public Gen<Bytes> invalidClientValues() {
            // Random bytes: each 12-bit coefficient is at least q = 3329 with odds 767/4096, so some always is.
            return Gen.bytes(clientLength());
        }

        @Override
        public Vector<Gen<Bytes>> invalidServerValues() {
            return Vector.empty();
        }
    }
}
