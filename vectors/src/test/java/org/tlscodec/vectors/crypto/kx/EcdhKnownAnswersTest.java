package org.tlscodec.vectors.crypto.kx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kx.CurvePoint;
import org.tlscodec.crypto.kx.EcCurve;
import org.tlscodec.crypto.kx.EcKeyPair;

/**
 * ECDH on every curve against a published vector (kat/rfc5903_rfc7027_ecdh.json): RFC 5903
 * section 8 for secp256r1, secp384r1 and secp521r1, RFC 7027 appendix A for the Brainpool curves.
 * Each side's public point follows from its private key, both sides reach the RFC's x coordinate,
 * and the compressed forms of the points decode back to them.
 */
class EcdhKnownAnswersTest {
    private static final JsonNode KAT = KxKat.json("rfc5903_rfc7027_ecdh.json");

    @TestFactory
    Stream<DynamicTest> everyCurvesVectorGivesThePublicPointsAndTheSharedX() {
        return StreamSupport.stream(KAT.path("vectors").spliterator(), false).map(v ->
                DynamicTest.dynamicTest(v.path("curve").asText() + " (" + v.path("rfc_section").asText() + ")", () -> {
                    EcCurve curve = curve(v.path("curve").asText());
                    EcKeyPair a = KxKat.right(curve.keyPair(KxKat.hex(v, "dA")));
                    EcKeyPair b = KxKat.right(curve.keyPair(KxKat.hex(v, "dB")));
                    assertThat(a.publicPoint()).isEqualTo(new CurvePoint(curve, KxKat.hex(v, "xA"), KxKat.hex(v, "yA")));
                    assertThat(b.publicPoint()).isEqualTo(new CurvePoint(curve, KxKat.hex(v, "xB"), KxKat.hex(v, "yB")));
                    Bytes z = KxKat.hex(v, "z");
                    assertThat(KxKat.right(a.sharedSecret(b.publicPoint().uncompressed()))).isEqualTo(z);
                    assertThat(KxKat.right(b.sharedSecret(a.publicPoint().compressed()))).isEqualTo(z);
                    assertThat(z.size()).isEqualTo(curve.fieldLength());
                    assertThat(KxKat.right(curve.decodePoint(a.publicPoint().compressed()))).isEqualTo(a.publicPoint());
                }));
    }

    @Test
    void everyCurveHasAVector() {
        assertThat(StreamSupport.stream(KAT.path("vectors").spliterator(), false).map(v -> curve(v.path("curve").asText())))
                .containsExactlyInAnyOrder(EcCurve.values());
    }

    private static EcCurve curve(String name) {
        return Stream.of(EcCurve.values()).filter(c -> c.curveName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no curve " + name));
    }
}
