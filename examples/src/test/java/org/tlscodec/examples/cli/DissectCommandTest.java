package org.tlscodec.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.capture.Capture;
import org.tlscodec.session.capture.CaptureWriter;
import org.tlscodec.session.capture.DecryptionSecrets;
import org.tlscodec.session.capture.Frame;
import org.tlscodec.session.capture.LinkType;
import org.tlscodec.session.capture.SegmentFrames;
import org.tlscodec.session.capture.TcpSegment;
import org.tlscodec.session.capture.TimestampPrecision;
import org.tlscodec.vectors.data.Captures;

/**
 * {@code tlscodec dissect} run in-process on the bundled OpenSSL captures, checked against tshark's
 * facts (expected.json): every record's direction, header, inner type and protection, the
 * handshake sequence by message name, all the application data, and the summaries; the default
 * run, --tree, --keylog, --rsa-key, a pcapng carrying its key log, a shuffled capture; and bad
 * input (a missing file, a truncated pcap, a corrupt record, a wrong key log, a bad key file).
 */
class DissectCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode expected(String captureCase) {
        try {
            return JSON.readTree(Captures.expectedJson().get()).get("cases").get(captureCase);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> lines(String out) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            nodes.add(CaptureFacts.parse(line));
        }
        return nodes;
    }

    private Path file(String name, Bytes bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes.toArray());
    }

    private Path pcapFile(String captureCase) throws IOException {
        return file(captureCase + ".pcap", Captures.pcap(captureCase).get());
    }

    private Path keyLogFile(String captureCase, String text) throws IOException {
        return Files.writeString(dir.resolve(captureCase + ".keys"), text);
    }

    /** Asserts the output is the capture's connections as tshark read them, fully decrypted. */
    private static void matchesTshark(String captureCase, List<JsonNode> out) {
        JsonNode want = expected(captureCase);
        JsonNode connections = want.get("connections");
        int line = 0;
        for (int conn = 0; conn < connections.size(); conn++) {
            JsonNode c = connections.get(conn);
            String name = captureCase + " conn " + conn;
            List<String> sequence = new ArrayList<>();
            List<String> c2s = new ArrayList<>();
            List<String> s2c = new ArrayList<>();
            for (JsonNode w : c.get("records")) {
                JsonNode r = out.get(line++);
                String at = name + " line " + line;
                boolean fromClient = w.get("dir").asText().equals("c2s");
                assertThat(r.get("conn").asInt()).as(at).isEqualTo(conn);
                assertThat(r.get("dir").asText()).as(at).isEqualTo(fromClient ? "client" : "server");
                assertThat(r.get("content_type").asInt()).as(at).isEqualTo(w.get("type").asInt());
                assertThat(CaptureFacts.code(r.get("version"))).as(at).isEqualTo(w.get("version").asInt());
                assertThat(r.get("length").asInt()).as(at).isEqualTo(w.get("length").asInt());
                assertThat(r.get("protected").asBoolean()).as(at).isEqualTo(w.get("encrypted").asBoolean());
                assertThat(r.get("decrypted").asBoolean()).as(at).isEqualTo(w.get("encrypted").asBoolean());
                assertThat(r.get("inner_type").asInt()).as(at).isEqualTo(w.get("inner_type").asInt());
                assertThat(r.get("roundtrip").asBoolean()).as(at).isTrue();
                assertThat(r.has("error")).as(at + ": " + r.get("error")).isFalse();
                for (JsonNode m : r.get("messages")) {
                    if (w.get("inner_type").asInt() == 22) {
                        sequence.add(w.get("dir").asText() + ":" + m.get("name").asText());
                    }
                    if (m.has("app_data")) {
                        (fromClient ? c2s : s2c).add(m.get("app_data").asText());
                    }
                }
            }
            assertThat(sequence).as(name).isEqualTo(strings(c.get("handshake_sequence")));
            assertThat(c2s).as(name).isEqualTo(strings(c.get("app_data").get("c2s")));
            assertThat(s2c).as(name).isEqualTo(strings(c.get("app_data").get("s2c")));
            JsonNode s = out.get(line++);
            assertThat(s.get("conn").asInt()).as(name).isEqualTo(conn);
            JsonNode summary = s.get("summary");
            assertThat(summary.get("client").asText()).as(name).isEqualTo("127.0.0.1:" + c.get("client_port").asInt());
            assertThat(summary.get("server").asText()).as(name).isEqualTo("127.0.0.1:" + want.get("server_port").asInt());
            assertThat(summary.get("version").asText()).as(name).isEqualTo(String.format("0x%04x", c.get("version").asInt()));
            assertThat(summary.get("cipher_suite").asText()).as(name).isEqualTo(String.format("0x%04x", c.get("cipher_suite").asInt()));
            assertThat(summary.get("sni").asText()).as(name).isEqualTo(c.get("client_hello").get("sni").asText());
            String alpn = c.get("server_hello").hasNonNull("alpn") ? c.get("server_hello").get("alpn").asText()
                    : c.path("encrypted_extensions_alpn").asText("");
            assertThat(summary.get("alpn").asText("")).as(name).isEqualTo(alpn);
            assertThat(summary.get("resumed").asBoolean()).as(name).isEqualTo(c.get("resumed").asBoolean());
            assertThat(summary.get("decrypted").asBoolean()).as(name).isTrue();
            assertThat(summary.get("records").asInt()).as(name).isEqualTo(c.get("records").size());
            assertThat(summary.get("errors").asInt()).as(name).isZero();
        }
        assertThat(out).as(captureCase + ": nothing after the last summary").hasSize(line);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void theDefaultRunDissectsTheBundledResumptionCaptureDecryptsEveryRecordAndExitsZero() {
        CliRun r = CliRun.of("dissect");

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        matchesTshark(DissectCommand.BUNDLED_CASE, lines(r.out()));
        assertThat(lines(r.out()).stream().filter(n -> n.has("summary")).map(n -> n.get("summary").get("resumed").asBoolean()))
                .containsExactly(false, true);
    }

    @Test
    void explicitJsonIsTheDefaultOutput() {
        assertThat(CliRun.of("dissect", "--json").out()).isEqualTo(CliRun.of("dissect").out());
    }

    @TestFactory
    Vector<DynamicTest> everyBundledCaptureWithItsKeyLogFlagPrintsTsharksRecordsApplicationDataAndSummaries() {
        return Captures.CASES.map(c -> DynamicTest.dynamicTest(c, () -> {
            CliRun r = CliRun.of("dissect", pcapFile(c).toString(), "--keylog", keyLogFile(c, Captures.keyLog(c).get()).toString());

            assertThat(r.err()).isEmpty();
            assertThat(r.exit()).isZero();
            matchesTshark(c, lines(r.out()));
        }));
    }

    @Test
    void theStaticRsaCaptureDecryptsFullyWithTheRsaKeyFlagAlone() throws IOException {
        Path key = file("server-rsa.key", Captures.resource("pki/server-rsa.key").get());
        CliRun r = CliRun.of("dissect", pcapFile("tls12_rsa_aes128_sha").toString(), "--rsa-key", key.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        matchesTshark("tls12_rsa_aes128_sha", lines(r.out()));
    }

    @Test
    void aPcapngCarryingItsKeyLogDecryptsWithNoFlagAndPrintsWhatThePcapWithTheFlagPrints() throws IOException {
        String c = "tls12_ticket_resumption";
        Vector<Frame> frames = Capture.frames(Captures.pcap(c).get()).frames();
        Bytes pcapng = CaptureWriter.pcapng(ByteOrder.BIG_ENDIAN, Vector.of(DecryptionSecrets.keyLog(Captures.keyLog(c).get())), frames);
        CliRun r = CliRun.of("dissect", file(c + ".pcapng", pcapng).toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        matchesTshark(c, lines(r.out()));
        assertThat(r.out()).isEqualTo(CliRun.of("dissect", pcapFile(c).toString(), "--keylog", keyLogFile(c, Captures.keyLog(c).get()).toString()).out());
    }

    @Test
    void aCaptureWithShuffledDuplicatedSegmentsPrintsTheSameJsonAsTheOriginal() throws IOException {
        Random random = new Random(0x5eedL);
        for (String c : Vector.of("tls13_large_appdata", "tls12_ticket_resumption", "tls10_ecdhe_rsa_aes256_sha")) {
            Path keys = keyLogFile(c, Captures.keyLog(c).get());
            CliRun original = CliRun.of("dissect", pcapFile(c).toString(), "--keylog", keys.toString());
            CliRun shuffled = CliRun.of("dissect", file(c + ".shuffled.pcap", shuffled(c, random)).toString(), "--keylog", keys.toString());

            assertThat(shuffled.exit()).as(c).isZero();
            assertThat(shuffled.err()).as(c).isEmpty();
            assertThat(shuffled.out()).as(c).isEqualTo(original.out());
        }
    }

    @Test
    void treePrintsEveryRecordAndSummaryAsAnIndentedTree() {
        CliRun r = CliRun.of("dissect", "--tree");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("###[ conn 0 client record @0 ]###\nconn: 0\ndir: client\noffset: 0\ncontent_type: 22\n")
                .contains("###[ conn 0 summary ]###\nconn: 0\nsummary\n  client: 127.0.0.1:", "###[ conn 1 summary ]###",
                        "    name: client_hello\n", "  [0]\n    app_data: 474554")
                .doesNotContain("{\"");
        assertThat(r.out().split("###\\[ ", -1)).hasSize(1 + 17 + 1 + 14 + 1);
    }

    @Test
    void jsonAndTreeTogetherAreAUsageError() {
        CliRun r = CliRun.of("dissect", "--json", "--tree");

        assertThat(r.exit()).isEqualTo(ExitStatus.USAGE);
        assertThat(r.err()).startsWith("give --json or --tree, not both");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingFileIsAClearMessageAndExitOneWithNoStackTrace() {
        Path missing = dir.resolve("no-such.pcap");
        CliRun r = CliRun.of("dissect", missing.toString());

        assertThat(r.exit()).isEqualTo(ExitStatus.NOT_DECODED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("tlscodec dissect: cannot read " + missing + ": NoSuchFile (" + missing + ")\n");
    }

    @Test
    void aMissingKeyLogOrAKeyFileWithoutAnRsaKeyIsAClearMessageAndExitOne() throws IOException {
        Path pcap = pcapFile("tls12_rsa_aes128_sha");
        CliRun noKeyLog = CliRun.of("dissect", pcap.toString(), "--keylog", dir.resolve("none.keys").toString());
        Path cert = file("server-rsa.pem", Captures.resource("pki/server-rsa.pem").get());
        CliRun certificate = CliRun.of("dissect", pcap.toString(), "--rsa-key", cert.toString());

        assertThat(noKeyLog.exit()).isEqualTo(ExitStatus.NOT_DECODED);
        assertThat(noKeyLog.err()).startsWith("tlscodec dissect: --keylog: cannot read ").doesNotContain("\tat ");
        assertThat(certificate.exit()).isEqualTo(ExitStatus.NOT_DECODED);
        assertThat(certificate.err()).isEqualTo("tlscodec dissect: --rsa-key " + cert
                + ": RSA private key: no PRIVATE KEY or RSA PRIVATE KEY block; found CERTIFICATE\n");
        assertThat(certificate.out()).isEmpty();
    }

    @Test
    void bytesThatAreNoCaptureGiveOneErrorObjectAndExitOne() throws IOException {
        CliRun r = CliRun.of("dissect", file("hello.txt", Bytes.utf8("hello, world\n")).toString());

        assertThat(r.exit()).isEqualTo(ExitStatus.NOT_DECODED);
        assertThat(lines(r.out())).hasSize(1);
        assertThat(lines(r.out()).get(0).get("error").asText()).startsWith("not a capture file: found magic 68656c6c at offset 0");
        assertThat(r.err()).startsWith("tlscodec dissect: 1 error (the \"error\" fields above); first: not a capture file");
    }

    @Test
    void aTruncatedPcapPrintsTheRecordsBeforeTheCutThenTheErrorAndExitsOne() throws IOException {
        String c = "tls12_ecdhe_rsa_aes128gcm";
        Bytes pcap = Captures.pcap(c).get();
        Path keys = keyLogFile(c, Captures.keyLog(c).get());
        List<JsonNode> full = lines(CliRun.of("dissect", pcapFile(c).toString(), "--keylog", keys.toString()).out());
        CliRun r = CliRun.of("dissect", file("cut.pcap", pcap.take(pcap.size() / 2)).toString(), "--keylog", keys.toString());
        List<JsonNode> out = lines(r.out());

        assertThat(r.exit()).isEqualTo(ExitStatus.NOT_DECODED);
        assertThat(r.err()).startsWith("tlscodec dissect: ").contains("file cut at offset");
        List<JsonNode> records = out.stream().filter(n -> n.has("offset")).toList();
        assertThat(records).isNotEmpty().hasSizeLessThan(full.size() - 1);
        assertThat(records).isEqualTo(full.subList(0, records.size()));
        assertThat(out.get(out.size() - 2).has("summary")).isTrue();
        assertThat(out.get(out.size() - 1).get("error").asText()).startsWith("file cut at offset ");
    }

    @Test
    void aCorruptRecordHasAnErrorOnItsLineAndEveryOtherRecordIsPrintedDecrypted() throws IOException {
        String c = "tls13_chacha20";
        Path keys = keyLogFile(c, Captures.keyLog(c).get());
        Bytes pcap = Captures.pcap(c).get();
        // The client's first application data record: its last byte (the tag's) lies in the file where the stream's does.
        JsonNode appRecord = lines(CliRun.of("dissect", pcapFile(c).toString(), "--keylog", keys.toString()).out()).stream()
                .filter(n -> n.path("inner_type").asInt() == 23 && n.get("dir").asText().equals("client")).findFirst().get();
        Bytes client = Captures.stream(c, 0, Captures.Side.CLIENT).get();
        int start = appRecord.get("offset").asInt();
        Bytes record = client.slice(start, start + 5 + appRecord.get("length").asInt());
        int at = indexOf(pcap.toArray(), record.toArray());
        byte[] corrupt = pcap.toArray();
        corrupt[at + record.size() - 1] ^= 0x01;
        CliRun r = CliRun.of("dissect", file("corrupt.pcap", Bytes.of(corrupt)).toString(), "--keylog", keys.toString());
        List<JsonNode> out = lines(r.out());

        assertThat(r.exit()).isEqualTo(ExitStatus.NOT_DECODED);
        List<JsonNode> failed = out.stream().filter(n -> n.has("error")).toList();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("offset").asInt()).isEqualTo(start);
        assertThat(failed.get(0).get("error").asText()).startsWith("bad_record_mac");
        assertThat(out.stream().filter(n -> n.has("offset") && !n.has("error"))).hasSize(expected(c).get("connections").get(0).get("records").size() - 1)
                .allMatch(n -> n.get("decrypted").asBoolean() == n.get("protected").asBoolean());
        assertThat(out.get(out.size() - 1).get("summary").get("errors").asInt()).isEqualTo(1);
    }

    @Test
    void aWrongKeyLogGivesAnErrorOnProtectedRecordsAndStillPrintsEveryRecord() throws IOException {
        String c = "tls13_aes128gcm";
        StringBuilder wrong = new StringBuilder();
        Captures.keyLog(c).get().lines().forEach(l -> wrong.append(l, 0, l.length() - 1).append(l.endsWith("0") ? '1' : '0').append('\n'));
        CliRun r = CliRun.of("dissect", pcapFile(c).toString(), "--keylog", keyLogFile(c, wrong.toString()).toString());
        List<JsonNode> out = lines(r.out());

        assertThat(r.exit()).isEqualTo(ExitStatus.NOT_DECODED);
        List<JsonNode> records = out.stream().filter(n -> n.has("offset")).toList();
        assertThat(records).hasSize(expected(c).get("connections").get(0).get("records").size());
        assertThat(records.stream().filter(n -> n.get("protected").asBoolean())).isNotEmpty().noneMatch(n -> n.get("decrypted").asBoolean());
        assertThat(records.stream().filter(n -> n.has("error")).map(n -> n.get("error").asText())).anyMatch(e -> e.startsWith("bad_record_mac"));
        assertThat(records.stream().filter(n -> !n.get("protected").asBoolean())).isNotEmpty().noneMatch(n -> n.has("error"));
        assertThat(out.get(out.size() - 1).get("summary").get("decrypted").asBoolean()).isFalse();
    }

    /** The capture's segments, each cut in two pieces overlapping by up to 7 bytes, about a third written twice, all shuffled. */
    private static Bytes shuffled(String captureCase, Random random) {
        List<TcpSegment> out = new ArrayList<>();
        for (Frame f : Capture.frames(Captures.pcap(captureCase).get()).frames()) {
            for (TcpSegment s : Capture.tcpSegment(f).get()) {
                int n = s.payload().size();
                List<TcpSegment> pieces = new ArrayList<>();
                if (n < 16) {
                    pieces.add(s);
                } else {
                    int cut = 1 + random.nextInt(n - 8);
                    pieces.add(new TcpSegment(s.frame(), s.timestampNanos(), s.source(), s.destination(), s.sequence(), s.acknowledgment(),
                            s.flags() & ~TcpSegment.FIN, s.payload().slice(0, cut + random.nextInt(8)), false));
                    pieces.add(new TcpSegment(s.frame(), s.timestampNanos(), s.source(), s.destination(), (s.sequence() + cut) & 0xffffffffL,
                            s.acknowledgment(), s.flags(), s.payload().drop(cut), false));
                }
                for (TcpSegment p : pieces) {
                    out.add(p);
                    if (random.nextInt(3) == 0) {
                        out.add(p);
                    }
                }
            }
        }
        Collections.shuffle(out, random);
        Vector<Frame> frames = Vector.ofAll(out).map(s -> Frame.of(s.timestampNanos(), LinkType.ETHERNET, SegmentFrames.frame(s, LinkType.ETHERNET).get()));
        return CaptureWriter.pcap(LinkType.ETHERNET, ByteOrder.LITTLE_ENDIAN, TimestampPrecision.MICROSECONDS, frames).get();
    }

    private static int indexOf(byte[] h, byte[] n) {
        outer:
        for (int i = 0; i + n.length <= h.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (h[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("record not found whole in one frame");
    }
}
