package org.tlscodec.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.tlscodec.codec.Bytes;
import org.tlscodec.vectors.data.Captures;
import picocli.CommandLine;

class RecordsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    /** The handshake message names shown, in record order. */
    private static List<String> messageNames(List<JsonNode> records) {
        List<String> names = new ArrayList<>();
        for (JsonNode r : records) {
            for (JsonNode m : r.path("messages")) {
                if (m.has("name") && m.has("type") && r.get("content_type").asInt() == 22) {
                    names.add(m.get("name").asText());
                }
            }
        }
        return names;
    }

    @TestFactory
    Stream<DynamicTest> everySideOfEveryCaptureDecodesAndReencodesExactlyWithTheRightHandshakeSequence() throws Exception {
        JsonNode expected = JSON.readTree(Captures.expectedJson().get());
        List<DynamicTest> tests = new ArrayList<>();
        for (String c : Captures.CASES) {
            JsonNode connections = expected.get("cases").get(c).get("connections");
            for (int conn = 0; conn < Captures.connections(c); conn++) {
                for (Captures.Side side : Captures.Side.values()) {
                    int n = conn;
                    tests.add(DynamicTest.dynamicTest(c + " conn" + conn + " " + side, () -> {
                        Bytes bytes = Captures.stream(c, n, side).get();
                        Path file = dir.resolve(c + n + side + ".bin");
                        Files.write(file, bytes.toArray());
                        Run r = run("records", file.toString());
                        assertThat(r.err()).isEmpty();
                        assertThat(r.exit()).isZero();
                        List<JsonNode> records = lines(r.out());
                        String dirPrefix = side == Captures.Side.CLIENT ? "c2s" : "s2c";
                        JsonNode connection = connections.get(n);
                        List<JsonNode> expectedRecords = new ArrayList<>();
                        connection.get("records").forEach(er -> {
                            if (er.get("dir").asText().equals(dirPrefix)) {
                                expectedRecords.add(er);
                            }
                        });
                        assertThat(records).hasSize(expectedRecords.size());
                        List<String> expectedPlainMessages = new ArrayList<>();
                        for (int i = 0; i < records.size(); i++) {
                            JsonNode got = records.get(i);
                            JsonNode want = expectedRecords.get(i);
                            assertThat(got.get("roundtrip").asBoolean()).isTrue();
                            assertThat(got.get("content_type").asInt()).isEqualTo(want.get("type").asInt());
                            assertThat(got.get("length").asInt()).isEqualTo(want.get("length").asInt());
                            assertThat(got.get("version").asText()).isEqualTo(String.format("0x%04x", want.get("version").asInt()));
                            if (!want.get("encrypted").asBoolean()) {
                                want.get("handshake").forEach(t -> expectedPlainMessages.add(String.valueOf(t.asInt())));
                            }
                        }
                        List<String> gotTypes = new ArrayList<>();
                        for (JsonNode rec : records) {
                            for (JsonNode m : rec.path("messages")) {
                                if (m.has("type") && rec.get("content_type").asInt() == 22) {
                                    gotTypes.add(String.valueOf(m.get("type").asInt()));
                                }
                            }
                        }
                        assertThat(gotTypes).isEqualTo(expectedPlainMessages);
                        // Every message is typed, but a client's ClientKeyExchange: one side's bytes do not say the suite.
                        for (JsonNode rec : records) {
                            for (JsonNode m : rec.path("messages")) {
                                if (m.has("type") && rec.get("content_type").asInt() == 22 && m.get("type").asInt() != 16) {
                                    assertThat(m.get("name").asText()).isNotEqualTo("unknown");
                                }
                                if (m.path("name").asText().equals("server_hello") && side == Captures.Side.SERVER
                                        && !connection.get("hello_retry_request").asBoolean()) {
                                    assertThat(m.get("fields").get("cipher_suite").asText())
                                            .isEqualTo(connection.get("cipher_suite_hex").asText().toLowerCase().replace("0x", "0x"));
                                }
                            }
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void aClientHelloIsShownWithItsName() throws Exception {
        Bytes bytes = Captures.stream("tls13_aes128gcm", 0, Captures.Side.CLIENT).get();
        Run r = run("records", "--hex", bytes.hex());
        List<JsonNode> records = lines(r.out());
        assertThat(records.get(0).get("content_type_name").asText()).isEqualTo("handshake");
        assertThat(messageNames(records)).startsWith("client_hello");
        assertThat(records.get(1).get("messages").get(0).has("change_cipher_spec")).isTrue();
        assertThat(records.get(2).get("messages").get(0).get("opaque_length").asInt()).isPositive();
    }

    @Test
    void aStreamThatEndsMidRecordExitsOneAndReportsTheTail() throws Exception {
        Bytes bytes = Captures.stream("tls13_aes128gcm", 0, Captures.Side.CLIENT).get();
        Run r = run("records", "--hex", bytes.take(300).hex());
        assertThat(r.exit()).isEqualTo(1);
        List<JsonNode> records = lines(r.out());
        JsonNode tail = records.get(records.size() - 1);
        assertThat(tail.get("error").get("error").get("kind").asText()).isEqualTo("Truncated");
        assertThat(tail.get("leftover_length").asInt()).isPositive();
    }

    @Test
    void withoutInputTheBundledTls12ServerFlightIsShown() throws Exception {
        Run r = run("records");
        assertThat(r.exit()).isZero();
        List<String> names = messageNames(lines(r.out()));
        assertThat(names).startsWith("server_hello", "certificate", "server_key_exchange", "server_hello_done");
    }

    @Test
    void anSslv2ClientStreamShowsItsClearMessagesThenOpaqueRecords() throws Exception {
        JsonNode session = JSON.readTree(org.tlscodec.vectors.data.Resources.knownAnswers("scapy_tls_sessions.json").get())
                .get("sessions").get("sslv2_exp_rc4_128_md5_compromised_server_key");
        StringBuilder client = new StringBuilder();
        for (JsonNode rec : session.get("records")) {
            if (rec.get("from").asText().equals("client")) {
                client.append(rec.get("complete_record").asText());
            }
        }
        Run r = run("records", "--hex", client.toString());
        assertThat(r.exit()).isZero();
        List<JsonNode> records = lines(r.out());
        assertThat(records.get(0).get("content_type_name").asText()).isEqualTo("sslv2");
        assertThat(records.get(0).get("messages").get(0).get("name").asText()).isEqualTo("client_hello");
        assertThat(records.get(1).get("messages").get(0).get("name").asText()).isEqualTo("client_master_key");
        assertThat(records.get(2).get("messages").get(0).get("opaque_length").asInt()).isPositive();
    }

    @Test
    void treePrintsEachRecordIndented() {
        Bytes bytes = Captures.stream("tls12_rsa_aes128_sha", 0, Captures.Side.SERVER).get();
        Run r = run("records", "--tree", "--hex", bytes.hex());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("###[ TLS record @0 ]###\n  type = handshake (0x16)\n");
    }
}
