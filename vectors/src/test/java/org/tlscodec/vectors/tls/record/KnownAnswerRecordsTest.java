package org.tlscodec.vectors.tls.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.record.Alert;
import org.tlscodec.tls.record.ChangeCipherSpec;
import org.tlscodec.tls.record.HandshakeReassembly;
import org.tlscodec.tls.record.RawHandshake;
import org.tlscodec.tls.record.RecordStream;
import org.tlscodec.tls.record.SSLv2Record;
import org.tlscodec.tls.record.StreamRecord;
import org.tlscodec.tls.record.TLSCiphertext;
import org.tlscodec.tls.record.TLSInnerPlaintext;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.AlertDescription;
import org.tlscodec.tls.registry.AlertLevel;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.vectors.data.Resources;

/**
 * The record layer against the raw records of Scapy's TLS tests ({@code scapy_tls_sessions.json}:
 * twelve sessions, one of them SSL 2.0, and twelve dissection samples) and of RFC 8448
 * ({@code rfc8448_tls13_traces.json}): each sender's records, one after the other, split back into
 * exactly those records; handshake messages (in the clear, or decrypted where the file gives the
 * plaintext) reassemble to the named messages; decrypted alerts decode.
 */
class KnownAnswerRecordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SCAPY = read("scapy_tls_sessions.json");
    private static final JsonNode RFC8448 = read("rfc8448_tls13_traces.json");
    private static final int[] COUNTS = new int[5];

    private static JsonNode read(String file) {
        try {
            return JSON.readTree(Resources.knownAnswers(file).get());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * "ServerHelloDone" as the registry names its msg_type: "server_hello_done". A HelloRetryRequest
     * is sent with the msg_type of a ServerHello (RFC 8446 section 4.1.4).
     */
    static String snake(String camel) {
        if (camel.equals("HelloRetryRequest")) {
            return "server_hello";
        }
        return camel.replaceAll("(?<!^)([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    @AfterAll
    static void summary() {
        System.out.printf("known answers: %d sender streams, %d records split back exactly, %d handshake messages reassembled,"
                + " %d alerts decoded, %d SSLv2 records%n", COUNTS[0], COUNTS[1], COUNTS[2], COUNTS[3], COUNTS[4]);
    }

    // ---- Scapy sessions ----

    @TestFactory
    Stream<DynamicTest> everyScapySession() {
        return Vector.ofAll(() -> SCAPY.get("sessions").fieldNames()).toJavaStream()
                .filter(name -> !name.startsWith("sslv2"))
                .flatMap(name -> Stream.of("client", "server").map(from ->
                        DynamicTest.dynamicTest(name + " " + from, () -> checkSession(SCAPY.get("sessions").get(name), from))));
    }

    @TestFactory
    Stream<DynamicTest> everyRfc8448Section() {
        return Vector.ofAll(() -> RFC8448.fieldNames()).toJavaStream()
                .filter(name -> RFC8448.get(name).has("records"))
                .flatMap(name -> Stream.of("client", "server").map(from ->
                        DynamicTest.dynamicTest(name + " " + from, () -> checkSession(RFC8448.get(name), from))));
    }

    private static void checkSession(JsonNode session, String from) {
        Vector<JsonNode> sent = Vector.ofAll(session.get("records")).filter(r -> r.get("from").asText().equals(from));
        Bytes stream = sent.map(r -> Bytes.fromHex(r.get("complete_record").asText())).fold(Bytes.empty(), Bytes::concat);
        RecordStream split = RecordStream.split(stream);
        assertThat(split.join().get()).isEqualTo(stream);
        boolean cut = sent.nonEmpty() && sent.last().has("truncated_in_source");
        int complete = cut ? sent.size() - 1 : sent.size();
        assertThat(split.records().size()).isEqualTo(complete);
        if (cut) {
            // The last record's body is incomplete in the source: Truncated, and its bytes kept.
            assertThat(split.error().get()).isInstanceOf(CodecError.Truncated.class);
            assertThat(split.leftover()).isEqualTo(Bytes.fromHex(sent.last().get("complete_record").asText()));
        } else {
            assertThat(split.isComplete()).isTrue();
        }
        COUNTS[0]++;

        Vector<Bytes> fragments = Vector.empty();
        Vector<String> names = Vector.empty();
        boolean changedCipher = false;
        for (int i = 0; i < complete; i++) {
            JsonNode e = sent.get(i);
            TLSPlaintext r = ((StreamRecord.Tls) split.records().get(i)).record();
            assertThat(TLSPlaintext.CODEC_OVERSIZE_ALLOWED.encode(r).get()).isEqualTo(Bytes.fromHex(e.get("complete_record").asText()));
            assertThat(r.type().display()).isEqualTo(e.get("content_type").asText());
            if (e.has("version")) {
                assertThat(r.legacyRecordVersion().code()).isEqualTo(Integer.parseInt(e.get("version").asText(), 16));
            }
            if (e.has("length")) {
                assertThat(r.length()).isEqualTo(e.get("length").asInt());
            }
            COUNTS[1]++;
            String inner = e.has("inner_content_type") ? e.get("inner_content_type").asText() : e.get("content_type").asText();
            if (e.has("inner_content_type")) {
                assertThat(TLSCiphertext.CODEC.decode(TLSPlaintext.CODEC.encode(r).get()).get().opaqueType())
                        .isEqualTo(ContentType.APPLICATION_DATA);
            }
            // The record body in the clear: decrypted where the file has it, the fragment before ChangeCipherSpec.
            Bytes clear = e.has("plaintext") ? Bytes.fromHex(e.get("plaintext").asText())
                    : e.has("payload") ? Bytes.fromHex(e.get("payload").asText())
                    : changedCipher || e.path("encrypted").asBoolean() ? null : r.fragment();
            if (r.type().equals(ContentType.CHANGE_CIPHER_SPEC)) {
                changedCipher = true;
                assertThat(ChangeCipherSpec.CODEC.decode(r.fragment()).get()).isEqualTo(ChangeCipherSpec.STANDARD);
            }
            if (clear == null) {
                continue;
            }
            if (e.has("inner_content_type")) {
                // A TLS 1.3 record's inner plaintext: content, type, no padding in these traces.
                TLSInnerPlaintext p = TLSInnerPlaintext.of(ContentType.REGISTRY.known().find(t -> t.display().equals(inner)).get(), clear);
                assertThat(TLSInnerPlaintext.CODEC.decode(TLSInnerPlaintext.CODEC.encode(p).get()).get()).isEqualTo(p);
            }
            if (inner.equals("handshake")) {
                fragments = fragments.append(clear);
                JsonNode listed = e.has("handshake_messages") ? e.get("handshake_messages") : e.get("messages");
                names = names.appendAll(Vector.ofAll(listed).map(n -> snake(n.asText())));
            } else if (inner.equals("alert")) {
                Alert a = Alert.CODEC.decode(clear).get();
                assertThat(a).isEqualTo(new Alert(AlertLevel.WARNING, AlertDescription.CLOSE_NOTIFY));
                COUNTS[3]++;
            }
        }
        HandshakeReassembly messages = HandshakeReassembly.reassemble(fragments);
        assertThat(messages.isComplete()).isTrue();
        assertThat(messages.rawMessages().map(m -> m.msgType().display())).isEqualTo(names);
        COUNTS[2] += messages.messages().size();
    }

    // ---- Scapy's SSL 2.0 session ----

    @Test
    void theSSLv2SessionSplitsIntoTwoByteRecordsOnBothSides() {
        JsonNode session = SCAPY.get("sessions").get("sslv2_exp_rc4_128_md5_compromised_server_key");
        for (String from : Vector.of("client", "server")) {
            Vector<JsonNode> sent = Vector.ofAll(session.get("records")).filter(r -> r.get("from").asText().equals(from));
            Bytes stream = sent.map(r -> Bytes.fromHex(r.get("complete_record").asText())).fold(Bytes.empty(), Bytes::concat);
            RecordStream split = RecordStream.split(stream);
            assertThat(split.isComplete()).isTrue();
            assertThat(split.join().get()).isEqualTo(stream);
            assertThat(split.sslv2Records().size()).isEqualTo(sent.size());
            for (int i = 0; i < sent.size(); i++) {
                SSLv2Record r = split.sslv2Records().get(i);
                assertThat(r.form().headerLength()).isEqualTo(sent.get(i).get("header_length").asInt());
                assertThat(SSLv2Record.CODEC.encode(r).get()).isEqualTo(Bytes.fromHex(sent.get(i).get("complete_record").asText()));
                if (sent.get(i).has("mac")) {
                    // Decrypted: MAC-DATA (16 bytes for MD5) then the plaintext, no padding for RC4.
                    assertThat(r.data().size()).isEqualTo(16 + sent.get(i).get("plaintext").asText().length() / 2);
                    assertThat(r.padding()).isZero();
                }
                COUNTS[1]++;
                COUNTS[4]++;
            }
            COUNTS[0]++;
        }
        Bytes client = Bytes.fromHex(session.get("records").get(0).get("complete_record").asText());
        assertThat(RecordStream.startsWithSSLv2ClientHello(client)).isTrue();
        assertThat(SSLv2Record.CODEC.decode(client).get().messageType().get()).isEqualTo(SSLv2Record.MT_CLIENT_HELLO);
        Bytes server = Bytes.fromHex(session.get("records").get(1).get("complete_record").asText());
        assertThat(SSLv2Record.CODEC.decode(server).get().messageType().get()).isEqualTo(SSLv2Record.MT_SERVER_HELLO);
    }

    @Test
    void anSSLv2ClientHelloFollowedByTlsRecordsSplitsIntoBoth() {
        JsonNode sslv2 = SCAPY.get("sessions").get("sslv2_exp_rc4_128_md5_compromised_server_key");
        JsonNode tls = SCAPY.get("sessions").get("tls10_rsa_aes128cbc_sha_compromised_server_key");
        Bytes hello = Bytes.fromHex(sslv2.get("records").get(0).get("complete_record").asText());
        Vector<Bytes> later = Vector.ofAll(tls.get("records")).filter(r -> r.get("from").asText().equals("client")).drop(1)
                .map(r -> Bytes.fromHex(r.get("complete_record").asText()));
        Bytes stream = later.fold(hello, Bytes::concat);
        RecordStream split = RecordStream.split(stream);
        assertThat(split.isComplete()).isTrue();
        assertThat(split.records().head()).isInstanceOf(StreamRecord.SSLv2.class);
        assertThat(split.tlsRecords().size()).isEqualTo(later.size());
        assertThat(split.join().get()).isEqualTo(stream);
    }

    // ---- Scapy's dissection samples ----

    @TestFactory
    Stream<DynamicTest> everyDissectionSample() {
        return Vector.ofAll(SCAPY.get("dissection_samples").get("samples")).toJavaStream()
                .map(s -> DynamicTest.dynamicTest(s.get("test").asText(), () -> checkSample(s)));
    }

    private static void checkSample(JsonNode sample) {
        Bytes bytes = Bytes.fromHex(sample.get("bytes").asText());
        if (sample.get("kind").asText().equals("handshake_message")) {
            RawHandshake m = RawHandshake.CODEC.decode(bytes).get();
            assertThat(m.msgType().display()).isEqualTo(snake(sample.get("handshake_messages").get(0).asText()));
            assertThat(RawHandshake.CODEC.encode(m).get()).isEqualTo(bytes);
            COUNTS[2]++;
            return;
        }
        RecordStream split = RecordStream.split(bytes);
        assertThat(split.isComplete()).isTrue();
        assertThat(split.join().get()).isEqualTo(bytes);
        Vector<JsonNode> expected = Vector.ofAll(sample.get("records"));
        assertThat(split.tlsRecords().size()).isEqualTo(expected.size());
        Vector<Bytes> fragments = Vector.empty();
        Vector<String> names = Vector.empty();
        for (int i = 0; i < expected.size(); i++) {
            TLSPlaintext r = split.tlsRecords().get(i);
            assertThat(r.type().display()).isEqualTo(expected.get(i).get("content_type").asText());
            assertThat(r.length()).isEqualTo(expected.get(i).get("length").asInt());
            assertThat(r.legacyRecordVersion().code()).isEqualTo(Integer.parseInt(expected.get(i).get("version").asText(), 16));
            fragments = fragments.append(r.fragment());
            names = names.appendAll(Vector.ofAll(expected.get(i).get("handshake_messages")).map(n -> snake(n.asText())));
            COUNTS[1]++;
        }
        HandshakeReassembly messages = HandshakeReassembly.reassemble(fragments);
        assertThat(messages.isComplete()).isTrue();
        assertThat(messages.rawMessages().map(m -> m.msgType().display())).isEqualTo(names);
        assertThat(messages.messages().map(m -> m.message().msgType())).doesNotContain(HandshakeType.of(0xff));
        COUNTS[2] += messages.messages().size();
        COUNTS[0]++;
    }
}
