package org.tlscodec.vectors.crypto.kx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kx.KeyExchangeGroup;
import org.tlscodec.crypto.kx.Xdh;
import org.tlscodec.crypto.kx.XdhKeyPair;

/**
 * X25519 and X448 against RFC 7748 (kat/rfc7748_x25519_x448.json): the section 5.2 function
 * vectors, the iterated function to 1 and 1000 iterations (the 1,000,000 one would take minutes),
 * and the section 6.1/6.2 Diffie-Hellman examples with both public keys and the shared secret.
 */
class Rfc7748KnownAnswersTest {
    private static final JsonNode KAT = KxKat.json("rfc7748_x25519_x448.json");
    private static final int MAX_ITERATIONS_RUN = 1000;

    @TestFactory
    Stream<DynamicTest> section52FunctionVectorsGiveTheRfcOutputs() {
        return Stream.of(Xdh.values()).flatMap(f -> streamOf(KAT.path(f.functionName()).path("function_vectors")).map(v ->
                DynamicTest.dynamicTest(f.functionName() + " " + v.path("rfc_section").asText(), () ->
                        assertThat(KxKat.right(f.scalarMult(KxKat.hex(v, "scalar"), KxKat.hex(v, "u")))).isEqualTo(KxKat.hex(v, "output")))));
    }

    @TestFactory
    Stream<DynamicTest> section52IteratedFunctionReachesTheRfcValuesAfter1And1000Iterations() {
        return Stream.of(Xdh.values()).map(f -> DynamicTest.dynamicTest(f.functionName(), () -> {
            Bytes base = Bytes.ofUnsigned(f == Xdh.X25519 ? 9 : 5).concat(Bytes.zeros(f.keyLength() - 1));
            Bytes k = base;
            Bytes u = base;
            int checked = 0;
            for (int i = 1; i <= MAX_ITERATIONS_RUN; i++) {
                Bytes r = KxKat.right(f.scalarMult(k, u));
                u = k;
                k = r;
                for (JsonNode expected : KAT.path(f.functionName()).path("iterated")) {
                    if (expected.path("iterations").asInt() == i) {
                        assertThat(k).as("after %d iterations", i).isEqualTo(KxKat.hex(expected, "k"));
                        checked++;
                    }
                }
            }
            assertThat(checked).isEqualTo(2);
        }));
    }

    @TestFactory
    Stream<DynamicTest> section6DiffieHellmanGivesBothPublicKeysAndTheSharedSecret() {
        return Stream.of(Xdh.values()).map(f -> DynamicTest.dynamicTest(f.functionName(), () -> {
            JsonNode dh = KAT.path(f.functionName()).path("diffie_hellman");
            XdhKeyPair alice = KxKat.right(f.keyPair(KxKat.hex(dh, "alice_private")));
            XdhKeyPair bob = KxKat.right(f.keyPair(KxKat.hex(dh, "bob_private")));
            assertThat(alice.publicKey()).isEqualTo(KxKat.hex(dh, "alice_public"));
            assertThat(bob.publicKey()).isEqualTo(KxKat.hex(dh, "bob_public"));
            assertThat(KxKat.right(alice.sharedSecret(bob.publicKey()))).isEqualTo(KxKat.hex(dh, "shared"));
            assertThat(KxKat.right(bob.sharedSecret(alice.publicKey()))).isEqualTo(KxKat.hex(dh, "shared"));
        }));
    }

    private static Stream<JsonNode> streamOf(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    @TestFactory
    Stream<DynamicTest> theTls13GroupsX25519AndX448HaveTheRfcKeyLengths() {
        return Stream.of(org.tlscodec.tls.registry.NamedGroup.X25519, org.tlscodec.tls.registry.NamedGroup.X448).map(g ->
                DynamicTest.dynamicTest(g.toString(), () -> {
                    KeyExchangeGroup group = KxKat.right(KeyExchangeGroup.of(g));
                    int length = KAT.path(g.equals(org.tlscodec.tls.registry.NamedGroup.X25519) ? "X25519" : "X448")
                            .path("diffie_hellman").path("shared").asText().length() / 2;
                    assertThat(group.clientShareLength()).isEqualTo(length);
                    assertThat(group.serverShareLength()).isEqualTo(length);
                }));
    }
}
