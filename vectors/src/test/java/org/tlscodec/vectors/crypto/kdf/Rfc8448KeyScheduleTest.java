package org.tlscodec.vectors.crypto.kdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.Hkdf;
import org.tlscodec.crypto.kdf.HkdfLabel;
import org.tlscodec.crypto.kdf.Tls13;
import org.tlscodec.crypto.kdf.TrafficKeys;
import org.tlscodec.crypto.kx.EcCurve;
import org.tlscodec.crypto.kx.EcKeyPair;
import org.tlscodec.crypto.kx.KxError;
import org.tlscodec.crypto.kx.Xdh;
import org.tlscodec.crypto.kx.XdhKeyPair;

/**
 * RFC 8448 sections 3 to 7, all TLS_AES_128_GCM_SHA256: every HKDF step the RFC prints (extract,
 * expand-label with its info decoded as an HkdfLabel, traffic keys, finished keys, the PSK
 * binder), and every value of each section's secrets, replayed from the private keys and the
 * handshake messages.
 */
class Rfc8448KeyScheduleTest {
    private static final HashAlgorithm HASH = HashAlgorithm.SHA256;
    private static final int KEY_LENGTH = 16;
    private static final int IV_LENGTH = 12;
    private static final List<String> SECTIONS = List.of(
            "section_3_simple_1_rtt_handshake", "section_4_resumed_0_rtt_handshake", "section_5_helloretryrequest",
            "section_6_client_authentication", "section_7_compatibility_mode");
    /** How many derived values each section's secrets hold (139 in all); a lost value fails the count. */
    private static final Map<String, Integer> VALUES = Map.of(
            SECTIONS.get(0), 27, SECTIONS.get(1), 34, SECTIONS.get(2), 26, SECTIONS.get(3), 26, SECTIONS.get(4), 26);

    private static final JsonNode TRACES = Kat.json("rfc8448_tls13_traces.json");

    @TestFactory
    List<DynamicTest> everyPrintedHkdfStepIsReproduced() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String section : SECTIONS) {
            int i = 0;
            for (JsonNode step : TRACES.path(section).path("steps")) {
                i++;
                if (step.has("PRK") || step.has("salt") || step.has("private_key") && step.path("step").asText().contains("x25519")) {
                    String name = section.substring(0, 9) + " step " + i + ": " + step.path("step").asText();
                    tests.add(DynamicTest.dynamicTest(name, () -> checkStep(step)));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(100);
        return tests;
    }

    @TestFactory
    List<DynamicTest> everySecretOfEverySectionIsReplayedFromItsInputs() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String section : SECTIONS) {
            tests.add(DynamicTest.dynamicTest(section, () -> {
                JsonNode s = TRACES.path(section);
                JsonNode secrets = s.path("secrets");
                Map<String, Bytes> derived = new HashMap<>(keyExchange(secrets));
                Option<Bytes> psk = section.startsWith("section_4") ? Option.some(resumptionPsk()) : Option.none();
                LinkedHashMap<String, Bytes> messages = Tls13Replay.messages(s.path("handshake_messages"));
                derived.putAll(Tls13Replay.derive(HASH, KEY_LENGTH, IV_LENGTH, psk, derived.get("ecdhe_shared_secret"), messages));
                if (secrets.has("resumption_psk")) {
                    derived.put("resumption_psk", Kat.right(Tls13.resumptionPsk(HASH, derived.get("resumption_master_secret"),
                            Kat.hex(secrets, "ticket_nonce"))));
                }
                int compared = Tls13Replay.compare(secrets, derived);
                assertThat(compared).isEqualTo(VALUES.get(section));
            }));
        }
        return tests;
    }

    @Test
    void section4BinderCoversTheClientHelloPrefixTheRfcPrints() {
        for (JsonNode step : TRACES.path(SECTIONS.get(1)).path("steps")) {
            if (step.has("ClientHello_prefix")) {
                Bytes prefix = Kat.hex(step, "ClientHello_prefix");
                Bytes clientHello = Kat.hex(TRACES.path(SECTIONS.get(1)).path("handshake_messages"), "ClientHello");
                assertThat(clientHello.startsWith(prefix)).isTrue();
                assertThat(clientHello.size() - prefix.size()).isEqualTo(2 + 1 + HASH.length());
                assertThat(HASH.digest(prefix)).isEqualTo(Kat.hex(step, "binder_hash"));
                assertThat(Tls13.pskBinder(HASH, Kat.hex(step, "PRK"), HASH.digest(prefix))).isEqualTo(Kat.hex(step, "finished"));
                return;
            }
        }
        throw new AssertionError("no PSK binder step in section 4");
    }

    /** The section 4 PSK: section 3's resumption PSK, from its own schedule. */
    private static Bytes resumptionPsk() {
        JsonNode s3 = TRACES.path(SECTIONS.get(0)).path("secrets");
        return Kat.right(Tls13.resumptionPsk(HASH, Kat.hex(s3, "resumption_master_secret"), Kat.hex(s3, "ticket_nonce")));
    }

    /** Public keys and the shared secret from the private keys (X25519, or P-256 in section 5), with the kx package. */
    private static Map<String, Bytes> keyExchange(JsonNode secrets) {
        Map<String, Bytes> out = new HashMap<>();
        if (secrets.has("client_x25519_private_key")) {
            out.put("client_x25519_public_key", x25519(Kat.hex(secrets, "client_x25519_private_key")).publicKey());
        }
        if (secrets.has("server_x25519_private_key")) {
            XdhKeyPair server = x25519(Kat.hex(secrets, "server_x25519_private_key"));
            out.put("server_x25519_public_key", server.publicKey());
            Bytes shared = kx(server.sharedSecret(out.get("client_x25519_public_key")));
            assertThat(kx(x25519(Kat.hex(secrets, "client_x25519_private_key")).sharedSecret(server.publicKey()))).isEqualTo(shared);
            out.put("ecdhe_shared_secret", shared);
        } else {
            EcKeyPair server = kx(EcCurve.SECP256R1.keyPair(Kat.hex(secrets, "server_P-256_private_key")));
            EcKeyPair client = kx(EcCurve.SECP256R1.keyPair(Kat.hex(secrets, "client_P-256_private_key")));
            assertThat(server.publicPoint().uncompressed()).isEqualTo(Kat.hex(secrets, "server_P-256_public_key"));
            assertThat(client.publicPoint().uncompressed()).isEqualTo(Kat.hex(secrets, "client_P-256_public_key"));
            Bytes shared = kx(server.sharedSecret(Kat.hex(secrets, "client_P-256_public_key")));
            assertThat(kx(client.sharedSecret(Kat.hex(secrets, "server_P-256_public_key")))).isEqualTo(shared);
            out.put("ecdhe_shared_secret", shared);
        }
        return out;
    }

    private static XdhKeyPair x25519(Bytes privateKey) {
        return kx(Xdh.X25519.keyPair(privateKey));
    }

    private static <T> T kx(Either<KxError, T> result) {
        return result.getOrElseThrow(e -> new AssertionError(e.message()));
    }

    private static void checkStep(JsonNode step) {
        if (step.has("private_key")) {
            assertThat(x25519(Kat.hex(step, "private_key")).publicKey()).isEqualTo(Kat.hex(step, "public_key"));
        } else if (step.has("salt")) {
            assertThat(Hkdf.extract(HASH, Kat.hex(step, "salt"), Kat.hex(step, "IKM"))).isEqualTo(Kat.hex(step, "secret"));
        } else if (step.has("key_info")) {
            Bytes prk = Kat.hex(step, "PRK");
            TrafficKeys keys = Kat.right(Tls13.trafficKeys(HASH, prk, KEY_LENGTH, IV_LENGTH));
            assertThat(keys.key()).isEqualTo(Kat.hex(step, "key_expanded"));
            assertThat(keys.iv()).isEqualTo(Kat.hex(step, "iv_expanded"));
            checkInfo(Kat.hex(step, "key_info"), "key", Bytes.empty(), KEY_LENGTH);
            checkInfo(Kat.hex(step, "iv_info"), "iv", Bytes.empty(), IV_LENGTH);
        } else if (step.has("binder_hash")) {
            assertThat(HASH.digest(Kat.hex(step, "ClientHello_prefix"))).isEqualTo(Kat.hex(step, "binder_hash"));
            assertThat(Tls13.finishedKey(HASH, Kat.hex(step, "PRK"))).isEqualTo(Kat.hex(step, "expanded"));
            assertThat(Tls13.pskBinder(HASH, Kat.hex(step, "PRK"), Kat.hex(step, "binder_hash"))).isEqualTo(Kat.hex(step, "finished"));
        } else if (step.has("finished")) {
            assertThat(Tls13.finishedKey(HASH, Kat.hex(step, "PRK"))).isEqualTo(Kat.hex(step, "expanded"));
            checkInfo(Kat.hex(step, "info"), "finished", Bytes.empty(), HASH.length());
        } else {
            // A Derive-Secret or HKDF-Expand-Label step: the info names the label and carries the context.
            Bytes info = Kat.hex(step, "info");
            HkdfLabel label = HkdfLabel.CODEC.decode(info).getOrElseThrow(e -> new AssertionError(e.describe()));
            assertThat(HkdfLabel.CODEC.encode(label).get()).isEqualTo(info);
            assertThat(label.context()).isEqualTo(Kat.hex(step, "hash"));
            String text = new String(label.label().toArray(), java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(text).startsWith(HkdfLabel.PREFIX);
            Bytes expanded = Kat.hex(step, "expanded");
            assertThat(Kat.right(Hkdf.expandLabel(HASH, Kat.hex(step, "PRK"), text.substring(HkdfLabel.PREFIX.length()),
                    label.context(), expanded.size()))).isEqualTo(expanded);
        }
    }

    private static void checkInfo(Bytes info, String label, Bytes context, int length) {
        assertThat(HkdfLabel.CODEC.encode(HkdfLabel.of(label, context, length)).get()).isEqualTo(info);
    }
}
