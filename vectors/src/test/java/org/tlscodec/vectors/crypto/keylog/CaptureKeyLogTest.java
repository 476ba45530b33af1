package org.tlscodec.vectors.crypto.keylog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.TreeSet;
import io.vavr.collection.Vector;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.keylog.KeyLog;
import org.tlscodec.crypto.keylog.KeyLogEntry;
import org.tlscodec.crypto.keylog.KeyLogFormat;
import org.tlscodec.crypto.keylog.KeyLogLabel;
import org.tlscodec.crypto.keylog.KeyLogReading;
import org.tlscodec.crypto.keylog.RsaPremasterEntry;
import org.tlscodec.crypto.keylog.SecretEntry;
import org.tlscodec.vectors.data.Captures;

/** The key logs OpenSSL 3.0 wrote for the bundled captures, checked against tshark's facts. */
class CaptureKeyLogTest {
    private static JsonNode expected;

    @BeforeAll
    static void readExpected() throws Exception {
        expected = new ObjectMapper().readTree(Captures.expectedJson().get()).get("cases");
    }

    static Stream<String> cases() {
        return Captures.CASES.toJavaStream();
    }

    private static KeyLogReading reading(String captureCase) {
        return KeyLogFormat.read(Captures.keyLog(captureCase).get());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyCaptureKeyLogReadsWithoutErrorAndHasTsharksLabels(String captureCase) {
        KeyLogReading reading = reading(captureCase);

        assertThat(reading.errors()).isEmpty();
        TreeSet<String> labels = TreeSet.ofAll(reading.log().entries().map(CaptureKeyLogTest::labelText));
        TreeSet<String> expectedLabels = TreeSet.ofAll(Vector.ofAll(expected.get(captureCase).get("keylog_labels")).map(JsonNode::asText));
        assertThat(labels).isEqualTo(expectedLabels);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyConnectionOfACaptureFindsItsSecretsByItsClientRandom(String captureCase) {
        KeyLog log = reading(captureCase).log();
        JsonNode connections = expected.get(captureCase).get("connections");

        assertThat(log.clientRandoms()).hasSize(TreeSet.ofAll(Vector.ofAll(connections)
                .map(c -> c.get("client_hello").get("random").asText())).size());
        for (JsonNode connection : connections) {
            Bytes random = Bytes.fromHex(connection.get("client_hello").get("random").asText());
            if (connection.get("version").asInt() == 0x0304) {
                int hashLength = connection.get("cipher_suite_name").asText().endsWith("SHA384") ? 48 : 32;
                assertThat(log.secret(random, KeyLogLabel.Fixed.CLIENT_HANDSHAKE_TRAFFIC_SECRET)).hasSize(1);
                assertThat(log.secret(random, KeyLogLabel.Fixed.SERVER_HANDSHAKE_TRAFFIC_SECRET).get().size()).isEqualTo(hashLength);
                assertThat(log.secret(random, KeyLogLabel.ApplicationTraffic.generation(KeyLogLabel.Direction.CLIENT, 0))).hasSize(1);
                assertThat(log.secret(random, KeyLogLabel.ApplicationTraffic.generation(KeyLogLabel.Direction.SERVER, 0))).hasSize(1);
                assertThat(log.secret(random, KeyLogLabel.Fixed.EXPORTER_SECRET)).hasSize(1);
            } else {
                assertThat(log.masterSecret(random).map(Bytes::size)).contains(48);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void writingACaptureKeyLogAndReadingItBackGivesTheSameEntries(String captureCase) {
        KeyLog log = reading(captureCase).log();

        KeyLogReading back = KeyLogFormat.read(KeyLogFormat.write(log));

        assertThat(back.errors()).isEmpty();
        assertThat(back.log().entries()).isEqualTo(log.entries());
    }

    @Test
    void theStaticRsaLineGivesThePremasterOfTheClientKeyExchange() {
        KeyLog log = reading("tls12_rsa_aes128_sha").log();
        Bytes encrypted = encryptedPremaster(Captures.stream("tls12_rsa_aes128_sha", 0, Captures.Side.CLIENT).get());

        assertThat(log.rsaPremasters()).hasSize(1);
        Bytes premaster = log.rsaPremaster(encrypted).get();
        assertThat(premaster.size()).isEqualTo(48);
        assertThat(premaster.take(2)).isEqualTo(Bytes.fromHex("0303")); // client_version TLS 1.2
        assertThat(log.rsaPremasters().head().encryptedPremasterPrefix()).isEqualTo(encrypted.take(8));
    }

    @Test
    void openSslsLiteralNSecretsAreTheFirstKeyUpdateOfEachDirection() throws Exception {
        KeyLog log = reading("tls13_keyupdate").log();
        Bytes random = log.clientRandoms().single();

        for (KeyLogLabel.Direction direction : KeyLogLabel.Direction.values()) {
            Bytes secret0 = log.secret(random, KeyLogLabel.ApplicationTraffic.generation(direction, 0)).get();
            Vector<Bytes> updated = log.updatedTrafficSecrets(random, direction);
            assertThat(updated).hasSize(1);
            // RFC 8446 section 7.2: application_traffic_secret_N+1 = HKDF-Expand-Label(secret_N, "traffic upd", "", Hash.length); SHA-384 here.
            assertThat(updated.head()).isEqualTo(expandLabelSha384(secret0, "traffic upd", 48));
        }
    }

    private static String labelText(KeyLogEntry e) {
        return e instanceof SecretEntry s ? s.label().text() : RsaPremasterEntry.LABEL;
    }

    /** The EncryptedPreMasterSecret of the first ClientKeyExchange (handshake type 16) in a client stream. */
    private static Bytes encryptedPremaster(Bytes stream) {
        Bytes rest = stream;
        while (rest.size() >= 5) {
            int length = rest.get(3) << 8 | rest.get(4);
            Bytes fragment = rest.slice(5, 5 + length);
            if (rest.get(0) == 22 && fragment.get(0) == 16) {
                int bodyLength = fragment.get(1) << 16 | fragment.get(2) << 8 | fragment.get(3);
                Bytes body = fragment.slice(4, 4 + bodyLength);
                int encLength = body.get(0) << 8 | body.get(1);
                return body.slice(2, 2 + encLength);
            }
            rest = rest.drop(5 + length);
        }
        throw new AssertionError("no ClientKeyExchange");
    }

    private static Bytes expandLabelSha384(Bytes secret, String label, int length) throws Exception {
        byte[] fullLabel = ("tls13 " + label).getBytes(StandardCharsets.US_ASCII);
        byte[] info = new byte[2 + 1 + fullLabel.length + 1];
        info[0] = (byte) (length >> 8);
        info[1] = (byte) length;
        info[2] = (byte) fullLabel.length;
        System.arraycopy(fullLabel, 0, info, 3, fullLabel.length);
        Mac mac = Mac.getInstance("HmacSHA384");
        mac.init(new SecretKeySpec(secret.toArray(), "HmacSHA384"));
        mac.update(info);
        mac.update((byte) 1);
        return Bytes.of(mac.doFinal()).take(length);
    }
}
