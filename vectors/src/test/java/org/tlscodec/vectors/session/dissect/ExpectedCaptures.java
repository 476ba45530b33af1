package org.tlscodec.vectors.session.dissect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.capture.Capture;
import org.tlscodec.session.capture.CaptureWriter;
import org.tlscodec.session.capture.DecryptionSecrets;
import org.tlscodec.session.capture.Frame;
import org.tlscodec.session.capture.FrameReading;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.dissect.ConnectionDissection;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.vectors.data.Captures;
import org.tlscodec.vectors.session.captures.TsharkRecord;

/**
 * The bundled OpenSSL captures (their README) and tshark's facts about them (expected.json), and
 * the check that a dissected connection is what tshark read: records, inner types, handshake
 * sequence, alerts, application data, summary, endpoints.
 */
final class ExpectedCaptures {
    private static JsonNode cases;

    private ExpectedCaptures() {
    }

    static synchronized JsonNode expected(String captureCase) {
        if (cases == null) {
            try {
                cases = new ObjectMapper().readTree(Captures.expectedJson().get()).get("cases");
            } catch (java.io.IOException e) {
                throw new AssertionError("expected.json: " + e);
            }
        }
        return cases.get(captureCase);
    }

    static Bytes pcap(String captureCase) {
        return Captures.pcap(captureCase).getOrElseThrow(e -> new AssertionError(captureCase + ": " + e));
    }

    static String keyLog(String captureCase) {
        return Captures.keyLog(captureCase).getOrElseThrow(e -> new AssertionError(captureCase + ": " + e));
    }

    static String text(String resource) {
        return new String(Captures.resource(resource).get().toArray(), StandardCharsets.US_ASCII);
    }

    /** The same frames as a pcapng whose Decryption Secrets Block carries {@code keyLog}. */
    static Bytes pcapngWithKeyLog(String captureCase, String keyLog) {
        FrameReading frames = Capture.frames(pcap(captureCase));
        assertThat(frames.errors()).isEmpty();
        return CaptureWriter.pcapng(ByteOrder.LITTLE_ENDIAN, Vector.of(DecryptionSecrets.keyLog(keyLog)), frames.frames());
    }

    /** Every frame of a bundled pcap. */
    static Vector<Frame> frames(String captureCase) {
        return Capture.frames(pcap(captureCase)).frames();
    }

    /** The application data each record carried, joined. */
    static Bytes appData(DissectedRecord r) {
        return r.contents().filter(RecordContent.ApplicationData.class::isInstance)
                .map(x -> ((RecordContent.ApplicationData) x).data()).foldLeft(Bytes.empty(), Bytes::concat);
    }

    /** Asserts that {@code c} is connection {@code conn} of {@code captureCase} as tshark read it, fully decrypted and error-free. */
    static void matchesTshark(String captureCase, int conn, ConnectionDissection c) {
        JsonNode caseJson = expected(captureCase);
        JsonNode want = caseJson.get("connections").get(conn);
        String name = captureCase + " conn " + conn;
        assertThat(c.number()).as(name + ": number").isEqualTo(conn);
        assertThat(c.client().get().text()).as(name + ": client").isEqualTo("127.0.0.1:" + want.get("client_port").asInt());
        assertThat(c.server().get().text()).as(name + ": server").isEqualTo("127.0.0.1:" + caseJson.get("server_port").asInt());
        assertThat(c.errors().map(e -> e.message())).as(name + ": errors").isEmpty();

        Vector<JsonNode> records = Vector.ofAll(want.get("records"));
        assertThat(c.records().size()).as(name + ": record count").isEqualTo(records.size());
        Vector<String> sequence = Vector.empty();
        Vector<String> c2s = Vector.empty();
        Vector<String> s2c = Vector.empty();
        for (int i = 0; i < records.size(); i++) {
            DissectedRecord r = c.records().get(i);
            JsonNode w = records.get(i);
            String at = name + " record " + i;
            boolean fromClient = w.get("dir").asText().equals("c2s");
            for (RecordContent.HandshakeContent m : TsharkRecord.matches(at, r, w)) {
                sequence = sequence.append(w.get("dir").asText() + ":" + m.message().msgType().name().get());
            }
            if (r.innerType().exists(t -> t.code() == 23)) {
                String data = appData(r).hex();
                if (fromClient) {
                    c2s = c2s.append(data);
                } else {
                    s2c = s2c.append(data);
                }
            }
        }
        assertThat(sequence).as(name + ": handshake_sequence").isEqualTo(Vector.ofAll(want.get("handshake_sequence")).map(JsonNode::asText));
        // All the application data, record by record and per direction (TLS 1.0's empty records included).
        assertThat(c2s).as(name + ": app_data c2s").isEqualTo(Vector.ofAll(want.get("app_data").get("c2s")).map(JsonNode::asText));
        assertThat(s2c).as(name + ": app_data s2c").isEqualTo(Vector.ofAll(want.get("app_data").get("s2c")).map(JsonNode::asText));

        assertThat(c.summary().version().get().code()).as(name + ": version").isEqualTo(want.get("version").asInt());
        assertThat(c.summary().cipherSuite().get().code()).as(name + ": suite").isEqualTo(want.get("cipher_suite").asInt());
        assertThat(c.summary().resumed()).as(name + ": resumed").isEqualTo(want.get("resumed").asBoolean());
        assertThat(c.summary().serverName().getOrElse("")).as(name + ": SNI").isEqualTo(want.get("client_hello").path("sni").asText(""));
        String alpn = want.get("server_hello").hasNonNull("alpn") ? want.get("server_hello").get("alpn").asText()
                : want.path("encrypted_extensions_alpn").asText("");
        assertThat(c.summary().alpn().getOrElse("")).as(name + ": ALPN").isEqualTo(alpn);
        assertThat(c.summary().decrypted()).as(name + ": decrypted").isTrue();
        assertThat(c.summary().errors()).as(name + ": summary errors").isZero();
        assertThat(c.summary().records()).as(name + ": summary records").isEqualTo(records.size());
    }
}
