package org.tlscodec.vectors.session.captures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import java.security.interfaces.RSAPrivateKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.keylog.KeyLog;
import org.tlscodec.crypto.keylog.KeyLogFormat;
import org.tlscodec.crypto.x509.Keys;
import org.tlscodec.session.conversation.Chunk;
import org.tlscodec.session.conversation.Conversation;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.vectors.data.Captures;

/**
 * Issue 5's acceptance on the bundled OpenSSL 3.0 loopback captures (their README; tshark's
 * reference facts in expected.json): each connection goes through the passive conversation API
 * (the session's record and handshake steps) with its key log, and every record comes out as
 * tshark read it: header, protected or not, inner type, the handshake messages it completed (in
 * the connection's handshake_sequence), alerts and the application data, with no error. Also: the
 * static-RSA capture with the server's RSA key alone, KeyUpdate by derivation without OpenSSL's
 * {@code _N} lines, a wrong key log, a corrupt record, and no secrets at all.
 */
class CaptureDissectionTest {
    private static JsonNode expected;

    @BeforeAll
    static void readExpected() {
        expected = CaptureChunks.expected();
    }

    private static KeyLog keyLog(String captureCase) {
        return KeyLogFormat.read(Captures.keyLog(captureCase).get()).log();
    }

    private static Dissection dissect(String captureCase, int conn, KnownSecrets known) {
        return Conversation.dissect(CaptureChunks.chunks(CaptureChunks.connection(expected, captureCase, conn), captureCase, conn), known);
    }

    private static Vector<DynamicTest> everyConnection(java.util.function.BiConsumer<String, Integer> check) {
        return Captures.CASES.flatMap(c -> Vector.range(0, Captures.connections(c))
                .map(i -> DynamicTest.dynamicTest(c + " conn " + i, () -> check.accept(c, i))));
    }

    @TestFactory
    Vector<DynamicTest> everyConnectionDecryptsFullyWithItsKeyLogToTsharksRecords() {
        return everyConnection((c, i) -> {
            Dissection d = dissect(c, i, KnownSecrets.of(keyLog(c)));
            matchesTshark(c + " conn " + i, d, CaptureChunks.connection(expected, c, i));
        });
    }

    static void matchesTshark(String name, Dissection d, JsonNode want) {
        Vector<JsonNode> records = Vector.ofAll(want.get("records"));
        assertThat(d.records().size()).as(name + ": record count").isEqualTo(records.size());
        Vector<String> sequence = Vector.empty();
        for (int i = 0; i < records.size(); i++) {
            DissectedRecord r = d.records().get(i);
            JsonNode w = records.get(i);
            String at = name + " record " + i;
            assertThat(r.error()).as(at + ": error").isEmpty();
            Vector<RecordContent.HandshakeContent> messages = TsharkRecord.matches(at, r, w);
            assertThat(messages.map(m -> m.message().msgType().code())).as(at + ": handshake messages")
                    .isEqualTo(Vector.ofAll(w.get("handshake")).map(JsonNode::asInt));
            for (RecordContent.HandshakeContent m : messages) {
                sequence = sequence.append(w.get("dir").asText() + ":" + m.message().msgType().name().get());
            }
            Bytes data = r.contents().filter(RecordContent.ApplicationData.class::isInstance).map(x -> ((RecordContent.ApplicationData) x).data())
                    .foldLeft(Bytes.empty(), Bytes::concat);
            if (w.has("app_data_hex")) {
                assertThat(data.hex()).as(at + ": application data").isEqualTo(w.get("app_data_hex").asText());
            }
        }
        assertThat(sequence).as(name + ": handshake_sequence").isEqualTo(Vector.ofAll(want.get("handshake_sequence")).map(JsonNode::asText));
        assertThat(d.summary().decrypted()).as(name + ": decrypted").isTrue();
        assertThat(d.summary().errors()).as(name + ": errors").isZero();
        assertThat(d.summary().version().get().code()).as(name + ": version").isEqualTo(want.get("version").asInt());
        assertThat(d.summary().cipherSuite().get().code()).as(name + ": suite").isEqualTo(want.get("cipher_suite").asInt());
        assertThat(d.summary().resumed()).as(name + ": resumed").isEqualTo(want.get("resumed").asBoolean());
        if (want.get("client_hello").hasNonNull("sni")) {
            assertThat(d.summary().serverName().getOrElse("")).as(name + ": SNI").isEqualTo(want.get("client_hello").get("sni").asText());
        }
    }

    @Test
    void theStaticRsaCaptureDecryptsWithTheServersRsaKeyAloneExtendedMasterSecretIncluded() {
        String pem = new String(Captures.resource("pki/server-rsa.key").get().toArray(), java.nio.charset.StandardCharsets.US_ASCII);
        RSAPrivateKey key = (RSAPrivateKey) Keys.parsePrivateKeyPem(pem).flatMap(k -> Keys.privateKey(k.privateKeyInfo())).get();
        Dissection d = dissect("tls12_rsa_aes128_sha", 0, KnownSecrets.none().withServerRsaKey(key));

        assertThat(d.session().negotiated().extendedMasterSecret()).isTrue();
        matchesTshark("tls12_rsa_aes128_sha conn 0 (RSA key only)", d, CaptureChunks.connection(expected, "tls12_rsa_aes128_sha", 0));
    }

    @Test
    void keyUpdatesDecryptByDerivingTheNextSecretWhenTheKeyLogLacksOpenSslsNLines() {
        KeyLog full = keyLog("tls13_keyupdate");
        KeyLog withoutUpdates = KeyLog.of(full.entries().filter(e -> !e.line().contains("TRAFFIC_SECRET_N")));
        assertThat(withoutUpdates.entries().size()).isLessThan(full.entries().size());

        Dissection d = dissect("tls13_keyupdate", 0, KnownSecrets.of(withoutUpdates));

        matchesTshark("tls13_keyupdate conn 0 (derived generations)", d, CaptureChunks.connection(expected, "tls13_keyupdate", 0));
    }

    @TestFactory
    Vector<DynamicTest> withAWrongKeyLogEveryProtectedRecordIsBadRecordMacAndEveryRecordIsStillThere() {
        // Each case read with the key log of another case of the same family: right labels, wrong secrets for this connection's random.
        return Vector.of("tls13_aes128gcm", "tls12_ecdhe_rsa_aes128gcm", "tls10_ecdhe_rsa_aes256_sha").map(c -> DynamicTest.dynamicTest(c, () -> {
            KeyLog right = keyLog(c);
            Bytes random = right.clientRandoms().head();
            KeyLog wrong = KeyLog.of(right.entries().map(e -> e instanceof org.tlscodec.crypto.keylog.SecretEntry s
                    ? new org.tlscodec.crypto.keylog.SecretEntry(s.label(), s.clientRandom(), flipFirstBit(s.secret())) : e));
            assertThat(wrong.clientRandoms()).contains(random);
            Dissection d = dissect(c, 0, KnownSecrets.of(wrong));
            JsonNode want = CaptureChunks.connection(expected, c, 0);

            assertThat(d.records().size()).isEqualTo(want.get("records").size());
            Vector<DissectedRecord> prot = d.records().filter(DissectedRecord::protectedRecord);
            assertThat(prot).isNotEmpty();
            assertThat(prot.filter(r -> r.error().isDefined())).as("protected records with an error").isNotEmpty();
            assertThat(prot.filter(r -> r.decrypted())).as("protected records decrypted").isEmpty();
            assertThat(prot.flatMap(r -> r.error()).filter(e -> e.startsWith("bad_record_mac"))).isNotEmpty();
            assertThat(d.records().filter(r -> !r.protectedRecord()).map(r -> r.length()).sum().intValue())
                    .as("plaintext records are all read").isPositive();
            assertThat(d.summary().decrypted()).isFalse();
        }));
    }

    @Test
    void aCorruptRecordIsAnErrorOnThatRecordAndTheRestOfTheConversationStillDecrypts() {
        String c = "tls12_ecdhe_rsa_aes128gcm";
        JsonNode want = CaptureChunks.connection(expected, c, 0);
        Vector<Chunk> chunks = CaptureChunks.chunks(want, c, 0);
        int victim = Vector.ofAll(want.get("records")).indexWhere(r -> r.has("app_data_hex") && r.get("dir").asText().equals("c2s"));
        Chunk original = chunks.get(victim);
        byte[] corrupted = original.bytes().toArray();
        corrupted[corrupted.length - 3] ^= 0x40;
        Dissection d = Conversation.dissect(chunks.update(victim, new Chunk(original.sender(), Bytes.of(corrupted))), KnownSecrets.of(keyLog(c)));

        assertThat(d.records().size()).isEqualTo(want.get("records").size());
        assertThat(d.records().get(victim).error().get()).startsWith("bad_record_mac");
        assertThat(d.records().get(victim).length()).isEqualTo(want.get("records").get(victim).get("length").asInt());
        for (DissectedRecord r : d.records().removeAt(victim)) {
            assertThat(r.error()).as("record " + r.index()).isEmpty();
            assertThat(r.decrypted()).as("record " + r.index()).isEqualTo(r.protectedRecord());
        }
    }

    @TestFactory
    Vector<DynamicTest> withoutSecretsProtectedRecordsStayOpaqueWithTheirLengthsAndTheHandshakeInTheClearIsRead() {
        return Vector.of("tls13_aes128gcm", "tls12_rsa_aes128_sha").map(c -> DynamicTest.dynamicTest(c, () -> {
            Dissection d = dissect(c, 0, KnownSecrets.none());
            JsonNode want = CaptureChunks.connection(expected, c, 0);

            assertThat(d.records().size()).isEqualTo(want.get("records").size());
            for (int i = 0; i < d.records().size(); i++) {
                DissectedRecord r = d.records().get(i);
                JsonNode w = want.get("records").get(i);
                assertThat(r.protectedRecord()).isEqualTo(w.get("encrypted").asBoolean());
                assertThat(r.length()).isEqualTo(w.get("length").asInt());
                assertThat(r.error()).as("record " + i).isEmpty();
                if (r.protectedRecord()) {
                    assertThat(r.decrypted()).isFalse();
                    assertThat(r.contents()).isEmpty();
                }
            }
            assertThat(d.summary().version().get().code()).isEqualTo(want.get("version").asInt());
            assertThat(d.summary().decrypted()).isFalse();
        }));
    }

    private static Bytes flipFirstBit(Bytes b) {
        byte[] a = b.toArray();
        a[0] ^= 1;
        return Bytes.of(a);
    }
}
