package org.tlscodec.crypto.kx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tlscodec.crypto.kx.Fixtures.left;
import static org.tlscodec.crypto.kx.Fixtures.random;
import static org.tlscodec.crypto.kx.Fixtures.right;

import java.security.SecureRandom;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * The uniform TLS 1.3 key share interface: every supported group agrees, with the share and secret
 * sizes its RFC or draft gives; the hybrids lay out shares and secrets in the draft's order; and
 * shares of the wrong size or form are error values naming what was expected.
 */
class KeyExchangeGroupTest {

    /** Client share, server share and secret lengths (RFC 8446 4.2.8.1-2, RFC 7748, FIPS 203 table 3, draft-ietf-tls-ecdhe-mlkem). */
    private static final Map<NamedGroup, int[]> SIZES = Map.ofEntries(
            Map.entry(NamedGroup.SECP256R1, new int[] {65, 65, 32}),
            Map.entry(NamedGroup.SECP384R1, new int[] {97, 97, 48}),
            Map.entry(NamedGroup.SECP521R1, new int[] {133, 133, 66}),
            Map.entry(NamedGroup.BRAINPOOLP256R1, new int[] {65, 65, 32}),
            Map.entry(NamedGroup.BRAINPOOLP384R1, new int[] {97, 97, 48}),
            Map.entry(NamedGroup.BRAINPOOLP512R1, new int[] {129, 129, 64}),
            Map.entry(NamedGroup.BRAINPOOLP256R1TLS13, new int[] {65, 65, 32}),
            Map.entry(NamedGroup.BRAINPOOLP384R1TLS13, new int[] {97, 97, 48}),
            Map.entry(NamedGroup.BRAINPOOLP512R1TLS13, new int[] {129, 129, 64}),
            Map.entry(NamedGroup.X25519, new int[] {32, 32, 32}),
            Map.entry(NamedGroup.X448, new int[] {56, 56, 56}),
            Map.entry(NamedGroup.FFDHE2048, new int[] {256, 256, 256}),
            Map.entry(NamedGroup.FFDHE3072, new int[] {384, 384, 384}),
            Map.entry(NamedGroup.FFDHE4096, new int[] {512, 512, 512}),
            Map.entry(NamedGroup.FFDHE6144, new int[] {768, 768, 768}),
            Map.entry(NamedGroup.FFDHE8192, new int[] {1024, 1024, 1024}),
            Map.entry(NamedGroup.MLKEM512, new int[] {800, 768, 32}),
            Map.entry(NamedGroup.MLKEM768, new int[] {1184, 1088, 32}),
            Map.entry(NamedGroup.MLKEM1024, new int[] {1568, 1568, 32}),
            Map.entry(NamedGroup.SECP256R1_MLKEM768, new int[] {1249, 1153, 64}),
            Map.entry(NamedGroup.X25519_MLKEM768, new int[] {1216, 1120, 64}),
            Map.entry(NamedGroup.SECP384R1_MLKEM1024, new int[] {1665, 1665, 80}));

    @TestFactory
    Stream<DynamicTest> everySupportedGroupGivesBothSidesTheSameSecretWithTheSpecifiedSizes() {
        assertThat(KeyExchangeGroup.supported()).containsExactlyInAnyOrderElementsOf(SIZES.keySet());
        return KeyExchangeGroup.supported().toJavaStream().map(g -> DynamicTest.dynamicTest(g.toString(), () -> {
            KeyExchangeGroup group = right(KeyExchangeGroup.of(g));
            SecureRandom random = random("agree " + g);
            ClientKeyShare client = group.clientShare(random);
            ServerKeyShare server = right(group.respond(client.keyExchange(), random));
            Bytes clientSecret = right(client.finish(server.keyExchange()));
            int[] sizes = SIZES.get(g);
            assertThat(client.keyExchange().size()).isEqualTo(sizes[0]).isEqualTo(group.clientShareLength());
            assertThat(server.keyExchange().size()).isEqualTo(sizes[1]).isEqualTo(group.serverShareLength());
            assertThat(server.sharedSecret().size()).isEqualTo(sizes[2]);
            assertThat(clientSecret).isEqualTo(server.sharedSecret());
            assertThat(client.group()).isEqualTo(g);
            assertThat(server.group()).isEqualTo(g);
        }));
    }

    @Test
    void unsupportedGroupsAreErrorsThatNameTheGroup() {
        for (NamedGroup g : new NamedGroup[] {NamedGroup.SECT163K1, NamedGroup.SECP256K1, NamedGroup.GC256A, NamedGroup.CURVE_SM2,
                NamedGroup.FFDHE_PRIVATE_USE_508, NamedGroup.X25519_KYBER768_DRAFT00, NamedGroup.ARBITRARY_EXPLICIT_PRIME_CURVES,
                NamedGroup.of(0x1234)}) {
            KxError error = left(KeyExchangeGroup.of(g));
            assertThat(error).isEqualTo(new KxError.UnsupportedGroup(g));
            assertThat(error.message()).contains(g.toString()).contains(String.format("0x%04x", g.code())).contains("x25519");
        }
    }

    @Test
    void x25519MlKem768PutsMlKemFirstInTheSharesAndTheSecret() {
        KeyExchangeGroup group = right(KeyExchangeGroup.of(NamedGroup.X25519_MLKEM768));
        SecureRandom random = random("X25519MLKEM768 layout");
        ClientKeyShare client = group.clientShare(random);
        // The server's side built from the parts, in the draft's order: ML-KEM-768 then X25519.
        MlKemEncapsulation kem = right(MlKem.ML_KEM_768.encapsulate(client.keyExchange().take(1184), random));
        XdhKeyPair ecdh = Xdh.X25519.generateKeyPair(random);
        Bytes ecdhSecret = right(ecdh.sharedSecret(client.keyExchange().drop(1184)));
        Bytes serverShare = kem.ciphertext().concat(ecdh.publicKey());
        assertThat(right(client.finish(serverShare))).isEqualTo(kem.sharedSecret().concat(ecdhSecret));
    }

    @Test
    void secP256r1MlKem768AndSecP384r1MlKem1024PutEcdhFirstInTheSharesAndTheSecret() {
        checkEcdhFirst(NamedGroup.SECP256R1_MLKEM768, EcCurve.SECP256R1, MlKem.ML_KEM_768);
        checkEcdhFirst(NamedGroup.SECP384R1_MLKEM1024, EcCurve.SECP384R1, MlKem.ML_KEM_1024);
    }

    private static void checkEcdhFirst(NamedGroup g, EcCurve curve, MlKem mlKem) {
        KeyExchangeGroup group = right(KeyExchangeGroup.of(g));
        SecureRandom random = random(g + " layout");
        ClientKeyShare client = group.clientShare(random);
        int point = curve.uncompressedLength();
        EcKeyPair ecdh = curve.generateKeyPair(random);
        Bytes ecdhSecret = right(ecdh.sharedSecret(client.keyExchange().take(point)));
        MlKemEncapsulation kem = right(mlKem.encapsulate(client.keyExchange().drop(point), random));
        Bytes serverShare = ecdh.publicPoint().uncompressed().concat(kem.ciphertext());
        assertThat(right(client.finish(serverShare))).as(g.toString()).isEqualTo(ecdhSecret.concat(kem.sharedSecret()));
    }

    @Test
    void sharesOfTheWrongLengthAreRefusedOnBothSides() {
        for (NamedGroup g : new NamedGroup[] {NamedGroup.X25519, NamedGroup.SECP256R1, NamedGroup.FFDHE2048, NamedGroup.MLKEM768,
                NamedGroup.X25519_MLKEM768}) {
            KeyExchangeGroup group = right(KeyExchangeGroup.of(g));
            SecureRandom random = random("lengths " + g);
            ClientKeyShare client = group.clientShare(random);
            ServerKeyShare server = right(group.respond(client.keyExchange(), random));
            KxError shortClient = left(group.respond(client.keyExchange().take(group.clientShareLength() - 1), random));
            KxError longServer = left(client.finish(server.keyExchange().concat(Bytes.zeros(1))));
            assertThat(shortClient).as(g.toString()).isInstanceOf(KxError.WrongLength.class);
            assertThat(((KxError.WrongLength) shortClient).expected()).isEqualTo(group.clientShareLength());
            assertThat(longServer).as(g.toString()).isInstanceOf(KxError.WrongLength.class);
            assertThat(((KxError.WrongLength) longServer).actual()).isEqualTo(group.serverShareLength() + 1);
            assertThat(shortClient.message()).contains("bytes expected");
        }
    }

    @Test
    void tls13RefusesACompressedPointEvenWhenItIsOnTheCurve() {
        KeyExchangeGroup group = right(KeyExchangeGroup.of(NamedGroup.SECP256R1));
        EcKeyPair peer = EcCurve.SECP256R1.generateKeyPair(random("compressed"));
        KxError error = left(group.respond(peer.publicPoint().compressed(), random("compressed server")));
        assertThat(error).isInstanceOf(KxError.InvalidPoint.class);
        assertThat(error.message()).contains("uncompressed");
    }

    @Test
    void theSameSeedGivesTheSameShares() {
        KeyExchangeGroup group = right(KeyExchangeGroup.of(NamedGroup.X25519_MLKEM768));
        assertThat(group.clientShare(random("seeded")).keyExchange()).isEqualTo(group.clientShare(random("seeded")).keyExchange());
        assertThat(group.clientShare(random("seeded")).keyExchange()).isNotEqualTo(group.clientShare(random("other")).keyExchange());
    }
}
