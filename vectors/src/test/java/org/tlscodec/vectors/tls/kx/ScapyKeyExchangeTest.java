package org.tlscodec.vectors.tls.kx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.ClientKeyExchange;
import org.tlscodec.tls.handshake.ClientKeyExchangeEcdh;
import org.tlscodec.tls.handshake.ClientKeyExchangeRsa;
import org.tlscodec.tls.handshake.DigitallySigned;
import org.tlscodec.tls.handshake.ECParametersNamedCurve;
import org.tlscodec.tls.handshake.ServerKeyExchange;
import org.tlscodec.tls.handshake.ServerKeyExchangeEcdh;
import org.tlscodec.tls.handshake.ServerKeyExchangeRsa;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.NamedGroup;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SignatureScheme;
import org.tlscodec.vectors.data.Resources;

/**
 * ServerKeyExchange and ClientKeyExchange in Scapy's TLS sessions and dissection samples: every
 * plaintext one decodes under its ServerHello's context and re-encodes byte for byte, and the facts
 * Scapy's tests assert about them hold.
 */
class ScapyKeyExchangeTest {
    private static JsonNode root;

    @BeforeAll
    static void read() throws Exception {
        root = new ObjectMapper().readTree(Resources.knownAnswers("scapy_tls_sessions.json").get());
    }

    private static PlaintextFlight flight(JsonNode session, String from) {
        Vector<Bytes> records = Vector.empty();
        for (JsonNode r : session.path("records")) {
            if (r.path("from").asText().equals(from) && r.has("content_type")) {
                records = records.append(Bytes.fromHex(r.path("complete_record").asText()));
            }
        }
        return PlaintextFlight.ofRecords(records);
    }

    private static int named(JsonNode session, String from, String message) {
        int n = 0;
        for (JsonNode r : session.path("records")) {
            if (r.path("from").asText().equals(from) && !r.has("encrypted") && !r.has("plaintext")) {
                for (JsonNode m : r.path("handshake_messages")) {
                    n += m.asText().equals(message) ? 1 : 0;
                }
            }
        }
        return n;
    }

    private record Decoded(WireContext ctx, Vector<ServerKeyExchange> ske, Vector<ClientKeyExchange> cke) {
    }

    private static Decoded decode(String sessionName) {
        JsonNode session = root.path("sessions").path(sessionName);
        PlaintextFlight server = flight(session, "server");
        PlaintextFlight client = flight(session, "client");
        WireContext ctx = server.serverHelloContext().get();
        Vector<ServerKeyExchange> ske = server.bodies(HandshakeType.SERVER_KEY_EXCHANGE)
                .map(b -> CaptureKeyExchangeTest.exact(ServerKeyExchange.codec(ctx), b));
        Vector<ClientKeyExchange> cke = client.bodies(HandshakeType.CLIENT_KEY_EXCHANGE)
                .map(b -> CaptureKeyExchangeTest.exact(ClientKeyExchange.codec(ctx), b));
        assertThat(ske.size()).as(sessionName).isEqualTo(named(session, "server", "ServerKeyExchange"));
        assertThat(cke.size()).as(sessionName).isEqualTo(named(session, "client", "ClientKeyExchange"));
        return new Decoded(ctx, ske, cke);
    }

    @Test
    void everyPlaintextKeyExchangeOfTheTls12And10SessionsDecodesByteExactly() {
        int ske = 0;
        int cke = 0;
        for (Map.Entry<String, JsonNode> s : root.path("sessions").properties()) {
            if (named(s.getValue(), "server", "ServerKeyExchange") + named(s.getValue(), "client", "ClientKeyExchange") > 0) {
                Decoded d = decode(s.getKey());
                ske += d.ske().size();
                cke += d.cke().size();
            }
        }
        // Firefox-GitHub, ECDHE-ECDSA NULL, the keylog pcap and the fragmented pcap have both; four RSA sessions only the client's.
        assertThat(ske).isEqualTo(4);
        assertThat(cke).isEqualTo(8);
    }

    @Test
    void theFirefoxGithubHandshakeHasTheCurveSignatureAndPointScapyAsserts() {
        Decoded d = decode("tls12_firefox_github_ecdhe_rsa_aes128gcm");
        ServerKeyExchangeEcdh ske = (ServerKeyExchangeEcdh) d.ske().single();
        assertThat(ske.params().curveParams()).isEqualTo(new ECParametersNamedCurve(NamedGroup.of(0x0017)));
        assertThat(ske.signedParams().get().algorithm().get()).isEqualTo(SignatureScheme.of(0x0601));
        assertThat(((ClientKeyExchangeEcdh) d.cke().single()).ecdhYc().get().point().size()).isEqualTo(65);
    }

    @Test
    void theTls10RsaSessionsCiphertextHasItsLength() {
        Decoded d = decode("tls10_rsa_aes128cbc_sha_compromised_server_key");
        assertThat(d.ctx().version().get()).isSameAs(ProtocolVersion.TLS_1_0);
        assertThat(((ClientKeyExchangeRsa) d.cke().single()).preMasterSecret().size()).isEqualTo(256);
    }

    @Test
    void theEcdheEcdsaSessionIsSignedWithAnEcdsaScheme() {
        Decoded d = decode("tls12_ecdhe_ecdsa_null_sha");
        DigitallySigned signature = ((ServerKeyExchangeEcdh) d.ske().single()).signedParams().get();
        assertThat(signature.algorithm().get().name().get()).startsWith("ecdsa_");
    }

    private static JsonNode sample(String test) {
        for (JsonNode s : root.path("dissection_samples").path("samples")) {
            if (s.path("test").asText().equals(test)) {
                return s;
            }
        }
        throw new AssertionError("no sample " + test);
    }

    private static ServerKeyExchange sampleServerKeyExchange(String test, WireContext fallback) {
        PlaintextFlight f = PlaintextFlight.of(Bytes.fromHex(sample(test).path("bytes").asText()));
        WireContext ctx = f.serverHelloContext().getOrElse(fallback);
        return CaptureKeyExchangeTest.exact(ServerKeyExchange.codec(ctx), f.bodies(HandshakeType.SERVER_KEY_EXCHANGE).single());
    }

    @Test
    void anSsl30ExportServerSendsASignedTemporaryRsaKeyWithoutAlgorithm() {
        ServerKeyExchangeRsa ske = (ServerKeyExchangeRsa) sampleServerKeyExchange("Issue 2527", WireContext.initial());
        assertThat(ske.params().rsaModulus().size()).isEqualTo(64); // 512 bits: the export limit
        assertThat(ske.signedParams().algorithm().isEmpty()).isTrue();
    }

    @Test
    void scapysServerKeyExchangeSamplesDecodeByteExactly() {
        WireContext ecdheTls12 = WireContext.negotiated(ProtocolVersion.TLS_1_2, CipherSuite.of(0xc02f));
        ServerKeyExchangeEcdh x25519 = (ServerKeyExchangeEcdh) sampleServerKeyExchange("Test x25519 dissection in ServerKeyExchange", ecdheTls12);
        assertThat(x25519.params().curveParams()).isEqualTo(new ECParametersNamedCurve(NamedGroup.X25519));
        ServerKeyExchangeEcdh complex = (ServerKeyExchangeEcdh) sampleServerKeyExchange("Test complex TLSServerKeyExchange dissection & build",
                WireContext.initial());
        assertThat(complex.params().curveParams()).isEqualTo(new ECParametersNamedCurve(NamedGroup.SECP256R1));
        ServerKeyExchangeEcdh ocsp = (ServerKeyExchangeEcdh) sampleServerKeyExchange("OCSP: payload after OCSP - GH3291", WireContext.initial());
        assertThat(ocsp.params().curveParams()).isEqualTo(new ECParametersNamedCurve(NamedGroup.of(0x0018)));
    }
}
