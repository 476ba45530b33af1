package org.tlscodec.vectors.tls.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.CertificateStatus;
import org.tlscodec.tls.handshake.Finished;
import org.tlscodec.tls.handshake.Handshake;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.RawHandshakeMessage;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.registry.CertificateStatusType;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.vectors.data.Resources;

/**
 * The handshake messages of Scapy's TLS sessions (Firefox to GitHub with an OCSP CertificateStatus,
 * OpenSSL TLS 1.0 and 1.2 sessions, a TLS 1.3 session with its decrypted flight): every message
 * readable in the clear or given decrypted decodes under its ServerHello's context, re-encodes
 * byte for byte, and has the type Scapy names. The SSLv2 session is not handshake framing.
 */
class ScapySessionsHandshakeTest {
    private static JsonNode sessions;

    @BeforeAll
    static void read() throws Exception {
        sessions = new ObjectMapper().readTree(Resources.knownAnswers("scapy_tls_sessions.json").get()).get("sessions");
    }

    /** The handshake bytes a record gives: decrypted plaintext or payload where given, else the fragment while still in the clear. */
    private static Map<String, List<Object>> handshakeBytes(JsonNode records) {
        Map<String, Bytes> buffers = new HashMap<>();
        Map<String, List<String>> names = new HashMap<>();
        Map<String, Boolean> changed = new HashMap<>();
        for (JsonNode r : records) {
            String from = r.get("from").asText();
            String type = r.path("content_type").asText();
            if (type.equals("change_cipher_spec")) {
                changed.put(from, true);
                continue;
            }
            JsonNode listed = r.has("handshake_messages") ? r.get("handshake_messages") : r.get("messages");
            boolean handshake = type.equals("handshake") || r.path("inner_content_type").asText().equals("handshake");
            if (!handshake || listed == null || r.has("truncated_in_source")) {
                continue;
            }
            Bytes bytes;
            if (r.has("plaintext")) {
                bytes = Bytes.fromHex(r.get("plaintext").asText());
            } else if (r.has("payload")) {
                bytes = Bytes.fromHex(r.get("payload").asText());
            } else if (!r.path("encrypted").asBoolean() && !changed.getOrDefault(from, false)) {
                bytes = Bytes.fromHex(r.get("complete_record").asText()).drop(5);
            } else {
                continue;
            }
            buffers.merge(from, bytes, Bytes::concat);
            listed.forEach(n -> names.computeIfAbsent(from, k -> new ArrayList<>()).add(snake(n.asText())));
        }
        Map<String, List<Object>> out = new HashMap<>();
        buffers.forEach((side, b) -> out.put(side, List.of(b, names.get(side))));
        return out;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Vector<Bytes> split(Bytes handshake) {
        Vector<Bytes> out = Vector.empty();
        int p = 0;
        while (p + 4 <= handshake.size()) {
            int length = (handshake.get(p + 1) << 16) | (handshake.get(p + 2) << 8) | handshake.get(p + 3);
            out = out.append(handshake.slice(p, p + 4 + length));
            p += 4 + length;
        }
        assertThat(p).isEqualTo(handshake.size());
        return out;
    }

    /** Every message of a session, decoded under the context of its ServerHello and checked byte-exact. */
    static Map<String, Vector<HandshakeMessage>> decode(String session) {
        Map<String, List<Object>> sides = handshakeBytes(sessions.get(session).get("records"));
        Vector<Bytes> server = split((Bytes) sides.get("server").get(0));
        ServerHello sh = (ServerHello) Handshake.codec(WireContext.initial()).decode(server.get(0)).get();
        WireContext ctx = WireContext.negotiated(sh.negotiatedVersion(), sh.cipherSuite());
        Codec<HandshakeMessage> codec = Handshake.codec(ctx);
        Map<String, Vector<HandshakeMessage>> out = new HashMap<>();
        sides.forEach((side, parts) -> {
            Vector<HandshakeMessage> decoded = split((Bytes) parts.get(0)).map(b -> {
                HandshakeMessage m = codec.decode(b).getOrElseThrow(e -> new AssertionError(e.describe() + " in " + b.hex()));
                assertThat(codec.encode(m).get()).isEqualTo(b);
                return m;
            });
            assertThat(decoded.map(m -> m.msgType().name().get()).toJavaList()).as(side).isEqualTo(parts.get(1));
            out.put(side, decoded);
        });
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyReadableHandshakeMessageOfScapysSessionsRoundTrips() {
        List<String> names = new ArrayList<>();
        sessions.fieldNames().forEachRemaining(n -> {
            if (!n.startsWith("sslv2")) {
                names.add(n);
            }
        });
        assertThat(names).hasSize(11);
        return names.stream().map(n -> DynamicTest.dynamicTest(n, () -> {
            Map<String, Vector<HandshakeMessage>> d = decode(n);
            d.values().forEach(ms -> assertThat(ms.filter(m -> m instanceof RawHandshakeMessage)).isEmpty());
        }));
    }

    @Test
    void githubStaplesAnOcspResponseInItsCertificateStatus() {
        CertificateStatus status = (CertificateStatus) decode("tls12_firefox_github_ecdhe_rsa_aes128gcm").get("server")
                .find(m -> m instanceof CertificateStatus).get();
        assertThat(status.statusType()).isEqualTo(CertificateStatusType.OCSP);
        assertThat(((CertificateStatus.Ocsp) status).ocspResponse().size()).isEqualTo(0x1d7);
    }

    @Test
    void theTls13SessionFinishesWithSha384SizedVerifyData() {
        Finished fin = (Finished) decode("tls13_aes256gcm_sha384_notebook_session").get("client").last();
        assertThat(fin.verifyData().size()).isEqualTo(48);
    }
}
