package org.tlscodec.tls.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

class NamedGroupTest {

    @Test
    void aKnownGroupDecodesToTheInternedConstant() {
        assertThat(NamedGroup.CODEC.decode(Bytes.fromHex("001d")).get()).isSameAs(NamedGroup.X25519);
        assertThat(NamedGroup.CODEC.decode(Bytes.fromHex("11ec")).get()).isSameAs(NamedGroup.X25519_MLKEM768);
    }

    @Test
    void anUnassignedGroupIsKeptAndPrintsAsHex() {
        NamedGroup g = NamedGroup.CODEC.decode(Bytes.fromHex("002a")).get();
        assertThat(g.isKnown()).isFalse();
        assertThat(g).hasToString("0x002a");
        assertThat(NamedGroup.CODEC.encode(g).get()).isEqualTo(Bytes.fromHex("002a"));
    }

    @Test
    void theCodesAndNamesAreIanas() {
        assertThat(NamedGroup.of(1)).hasToString("sect163k1");
        assertThat(NamedGroup.of(23)).hasToString("secp256r1");
        assertThat(NamedGroup.of(24)).hasToString("secp384r1");
        assertThat(NamedGroup.of(25)).hasToString("secp521r1");
        assertThat(NamedGroup.of(26)).hasToString("brainpoolP256r1");
        assertThat(NamedGroup.of(29)).hasToString("x25519");
        assertThat(NamedGroup.of(30)).hasToString("x448");
        assertThat(NamedGroup.of(31)).hasToString("brainpoolP256r1tls13");
        assertThat(NamedGroup.of(33)).hasToString("brainpoolP512r1tls13");
        assertThat(NamedGroup.of(34)).hasToString("GC256A");
        assertThat(NamedGroup.of(40)).hasToString("GC512C");
        assertThat(NamedGroup.of(41)).hasToString("curveSM2");
        assertThat(NamedGroup.of(256)).hasToString("ffdhe2048");
        assertThat(NamedGroup.of(260)).hasToString("ffdhe8192");
        assertThat(NamedGroup.of(509)).hasToString("ffdhe_private_use");
        assertThat(NamedGroup.of(0x0200)).hasToString("MLKEM512");
        assertThat(NamedGroup.of(0x0201)).hasToString("MLKEM768");
        assertThat(NamedGroup.of(0x0202)).hasToString("MLKEM1024");
        assertThat(NamedGroup.of(0x11eb)).hasToString("SecP256r1MLKEM768");
        assertThat(NamedGroup.of(0x11ec)).hasToString("X25519MLKEM768");
        assertThat(NamedGroup.of(0x11ed)).hasToString("SecP384r1MLKEM1024");
        assertThat(NamedGroup.of(0x6399)).hasToString("X25519Kyber768Draft00");
        assertThat(NamedGroup.of(0xff01)).hasToString("arbitrary_explicit_prime_curves");
        assertThat(NamedGroup.of(0xff02)).hasToString("arbitrary_explicit_char2_curves");
        assertThat(NamedGroup.X25519.code()).isEqualTo(29);
        assertThat(NamedGroup.X25519_MLKEM768.code()).isEqualTo(0x11ec);
    }

    @Test
    void theFamiliesAreTold() {
        assertThat(NamedGroup.SECP256R1.isEllipticCurve()).isTrue();
        assertThat(NamedGroup.X25519.isEllipticCurve()).isTrue();
        assertThat(NamedGroup.CURVE_SM2.isEllipticCurve()).isTrue();
        assertThat(NamedGroup.ARBITRARY_EXPLICIT_CHAR2_CURVES.isEllipticCurve()).isTrue();
        assertThat(NamedGroup.FFDHE2048.isEllipticCurve()).isFalse();
        assertThat(NamedGroup.FFDHE2048.isFiniteField()).isTrue();
        assertThat(NamedGroup.FFDHE_PRIVATE_USE_511.isFiniteField()).isTrue();
        assertThat(NamedGroup.X25519.isFiniteField()).isFalse();
        assertThat(NamedGroup.MLKEM768.isPostQuantum()).isTrue();
        assertThat(NamedGroup.MLKEM768.isHybrid()).isFalse();
        assertThat(NamedGroup.X25519_MLKEM768.isHybrid()).isTrue();
        assertThat(NamedGroup.X25519_MLKEM768.isPostQuantum()).isTrue();
        assertThat(NamedGroup.X25519_KYBER768_DRAFT00.isHybrid()).isTrue();
        assertThat(NamedGroup.X25519.isPostQuantum()).isFalse();
        for (NamedGroup g : NamedGroup.REGISTRY.known()) {
            int families = (g.isEllipticCurve() ? 1 : 0) + (g.isFiniteField() ? 1 : 0) + (g.isPostQuantum() ? 1 : 0) + (g.isGrease() ? 1 : 0);
            assertThat(families).as(g.display()).isEqualTo(1);
        }
    }

    @Test
    void greaseGroupsAreRecognisedAndNamed() {
        for (int code : Grease.codes16()) {
            assertThat(NamedGroup.of(code).isGrease()).isTrue();
            assertThat(NamedGroup.of(code)).hasToString("GREASE");
        }
        assertThat(NamedGroup.X25519.isGrease()).isFalse();
    }
}
