package org.tlscodec.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlscodec.codec.Bytes;

class DemoCommandTest {

    private static final JsonNode EXPECTED = CaptureFacts.expected();

    @Test
    void demoOnTheBundledCaptureDecodesTheClientHelloTsharkSaw() {
        CliRun run = CliRun.of("demo");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = CaptureFacts.parse(run.out());
        assertMatchesTheCapture(json);
        assertThat(json.get("input").asText()).isEqualTo("bundled:" + DemoInput.BUNDLED);
    }

    @Test
    void demoReadsTheFileGivenAsArgument(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("client.bin");
        Files.write(file, CaptureFacts.clientStream().toArray());

        CliRun run = CliRun.of("demo", "--json", file.toString());

        assertThat(run.exit()).isZero();
        JsonNode json = CaptureFacts.parse(run.out());
        assertMatchesTheCapture(json);
        assertThat(json.get("input").asText()).isEqualTo(file.toString());
    }

    @Test
    void demoReadsHexWithSpacesAndStopsAfterTheFirstRecord() {
        Bytes stream = CaptureFacts.clientStream();
        String spaced = stream.hex().replaceAll("(..)", "$1 ");

        CliRun run = CliRun.of("demo", "--hex", spaced);

        assertThat(run.exit()).isZero();
        JsonNode json = CaptureFacts.parse(run.out());
        assertMatchesTheCapture(json);
        assertThat(json.get("input_length").asInt()).isEqualTo(stream.size()).isGreaterThan(257);
    }

    @Test
    void treePrintsTheSameFieldsIndentedByLevel() {
        CliRun run = CliRun.of("demo", "--tree");

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("record\n  content_type: 0x16\n  legacy_record_version: 0x0301\n  length: 252\n  fragment\n    msg_type: 0x01\n")
                .contains("      cipher_suites (2)\n        [0]: 0x1301\n        [1]: 0x00ff\n")
                .contains("        [0]\n          extension_type: 0x0000\n          extension_data: 000c0000096c6f63616c686f7374\n")
                .contains("bytes_consumed: 257\nroundtrip: true\n")
                .doesNotContain("{");
    }

    @Test
    void truncatedRecordExitsOneWithATruncatedErrorAtTheFragment() {
        String first100 = CaptureFacts.clientStream().take(100).hex();

        CliRun run = CliRun.of("demo", "--hex", first100);

        assertThat(run.exit()).isEqualTo(1);
        JsonNode error = CaptureFacts.parse(run.out()).get("error");
        assertThat(error.get("kind").asText()).isEqualTo("Truncated");
        assertThat(error.get("path").asText()).isEqualTo("fragment");
        assertThat(error.get("offset").asInt()).isEqualTo(5);
        assertThat(error.get("reason").asText()).contains("252", "95");
    }

    @Test
    void truncatedHeaderNamesTheFieldThatRanOut() {
        CliRun run = CliRun.of("demo", "--hex", "1603");

        assertThat(run.exit()).isEqualTo(1);
        JsonNode error = CaptureFacts.parse(run.out()).get("error");
        assertThat(error.get("kind").asText()).isEqualTo("Truncated");
        assertThat(error.get("path").asText()).isEqualTo("legacy_record_version");
        assertThat(error.get("offset").asInt()).isEqualTo(1);
    }

    @Test
    void corruptedCipherSuitesLengthGivesThePathAndOffsetOfTheElementThatOverran() {
        // cipher_suites<2..2^16-2> has its length at offset 76 (5 + 4 + 2 + 32 + 1 + 32): 0x0004 -> 0x0003.
        byte[] bytes = CaptureFacts.clientStream().toArray();
        assertThat(Bytes.of(bytes).slice(76, 78).hex()).isEqualTo("0004");
        bytes[77] = 3;

        CliRun run = CliRun.of("demo", "--hex", Bytes.of(bytes).hex());

        assertThat(run.exit()).isEqualTo(1);
        JsonNode error = CaptureFacts.parse(run.out()).get("error");
        assertThat(error.get("kind").asText()).isEqualTo("Overrun");
        assertThat(error.get("path").asText()).isEqualTo("fragment.body.cipher_suites[1]");
        assertThat(error.get("offset").asInt()).isEqualTo(80);
    }

    @Test
    void recordLengthBeyondItsBoundsIsALengthErrorAtTheLengthField() {
        // A compression-methods length of 0 breaks <1..2^8-1>; it sits at offset 80 + 2 = 82.
        byte[] bytes = CaptureFacts.clientStream().toArray();
        assertThat(bytes[82]).isEqualTo((byte) 1);
        bytes[82] = 0;

        CliRun run = CliRun.of("demo", "--hex", Bytes.of(bytes).hex(), "--tree");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith(String.join("\n",
                "input: hex",
                "input_length: 511",
                "error",
                "  kind: LengthOutOfRange",
                "  path: fragment.body.legacy_compression_methods",
                "  offset: 82",
                "  reason: length 0 outside <1..")).endsWith(">\n").hasLineCount(7);
    }

    @Test
    void emptyInputIsTruncatedAtTheContentType() {
        CliRun run = CliRun.of("demo", "--hex", "");

        assertThat(run.exit()).isEqualTo(1);
        JsonNode error = CaptureFacts.parse(run.out()).get("error");
        assertThat(error.get("path").asText()).isEqualTo("content_type");
        assertThat(error.get("offset").asInt()).isZero();
    }

    @Test
    void aMissingFileExitsOneWithOneLineOnStderr(@TempDir Path dir) {
        CliRun run = CliRun.of("demo", dir.resolve("absent.bin").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("tlscodec demo: cannot read ").contains("NoSuchFile").hasLineCount(1);
    }

    @Test
    void textThatIsNotHexExitsOneWithTheReason() {
        CliRun run = CliRun.of("demo", "--hex", "16zz");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("tlscodec demo: --hex: not a hex digit: 'z' at index 2\n");
    }

    @Test
    void fileAndHexTogetherAreAUsageError() {
        CliRun run = CliRun.of("demo", "--hex", "16", "some.bin");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("give FILE or --hex, not both");
    }

    @Test
    void jsonAndTreeTogetherAreAUsageError() {
        CliRun run = CliRun.of("demo", "--json", "--tree");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("mutually exclusive");
    }

    private static void assertMatchesTheCapture(JsonNode json) {
        JsonNode facts = EXPECTED.get("first_record");
        JsonNode hello = EXPECTED.get("client_hello");
        JsonNode record = json.get("record");
        assertThat(CaptureFacts.code(record.get("content_type"))).isEqualTo(facts.get("type").asInt()).isEqualTo(22);
        assertThat(CaptureFacts.code(record.get("legacy_record_version"))).isEqualTo(facts.get("version").asInt());
        assertThat(record.get("length").asInt()).isEqualTo(facts.get("length").asInt());

        JsonNode handshake = record.get("fragment");
        assertThat(CaptureFacts.code(handshake.get("msg_type"))).isEqualTo(facts.get("handshake").get(0).asInt()).isEqualTo(1);
        assertThat(handshake.get("length").asInt()).isEqualTo(facts.get("length").asInt() - 4);

        JsonNode body = handshake.get("body");
        assertThat(CaptureFacts.code(body.get("legacy_version"))).isEqualTo(hello.get("legacy_version").asInt());
        assertThat(body.get("random").asText()).isEqualTo(hello.get("random").asText());
        assertThat(body.get("legacy_session_id").asText()).isEqualTo(hello.get("session_id").asText());
        assertThat(codes(body.get("cipher_suites"))).isEqualTo(CaptureFacts.ints(hello.get("cipher_suites")))
                .containsExactly(0x1301, 0x00ff);
        assertThat(body.get("cipher_suites").get(0).asText()).isEqualTo("0x1301");
        assertThat(body.get("legacy_compression_methods").asText()).isEqualTo("00");
        List<Integer> extensionTypes = new ArrayList<>();
        body.get("extensions").forEach(e -> extensionTypes.add(CaptureFacts.code(e.get("extension_type"))));
        assertThat(extensionTypes).isEqualTo(CaptureFacts.ints(hello.get("extensions")));

        assertThat(json.get("bytes_consumed").asInt()).isEqualTo(5 + facts.get("length").asInt());
        assertThat(json.get("roundtrip").isBoolean()).isTrue();
        assertThat(json.get("roundtrip").asBoolean()).isTrue();
    }

    private static List<Integer> codes(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(CaptureFacts.code(n)));
        return out;
    }
}
