package org.tlscodec.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.RecordKeys;
import org.tlscodec.crypto.cipher.RecordOptions;
import org.tlscodec.crypto.cipher.RecordProtection;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SslV2CipherKind;

class SuitesCommandTest {
    private static final int REGISTRY_SIZE = CipherSuite.REGISTRY.known().size() + SslV2CipherKind.REGISTRY.known().size();
    private static final List<String> KEYS = List.of(
            "code", "name", "kx", "auth", "cipher", "mac", "prf", "min_version", "max_version", "usable");

    @Test
    void jsonPrintsOneParsableObjectPerRegisteredSuiteAndSslV2KindWithTheTenFieldsInOrder() {
        CliRun run = CliRun.of("suites", "--json");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        Vector<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(REGISTRY_SIZE).hasSizeGreaterThan(300);
        for (JsonNode line : lines) {
            List<String> keys = new ArrayList<>();
            line.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as(line.toString()).isEqualTo(KEYS);
            assertThat(line.get("usable").isBoolean()).isTrue();
        }
        assertThat(lines.filter(l -> l.get("code").asText().length() == 8).map(l -> l.get("code").asText()))
                .hasSize(SslV2CipherKind.REGISTRY.known().size())
                .contains("0x010080", "0x0700c0");
    }

    @Test
    void theTls13AesGcmLineIsExactly() {
        CliRun run = CliRun.of("suites", "--json");

        assertThat(run.out().lines().filter(l -> l.startsWith("{\"code\": \"0x1301\"")))
                .containsExactly("{\"code\": \"0x1301\", \"name\": \"TLS_AES_128_GCM_SHA256\", \"kx\": \"NEGOTIATED\", "
                        + "\"auth\": \"NEGOTIATED\", \"cipher\": \"AES_128_GCM\", \"mac\": \"AEAD\", \"prf\": \"SHA256\", "
                        + "\"min_version\": \"0x0304\", \"max_version\": \"0x0304\", \"usable\": true}");
    }

    @Test
    void tls12AndSslV2LinesCarryTheirKeyExchangeHashAndVersions() {
        Vector<JsonNode> lines = lines(CliRun.of("suites", "--json").out());

        JsonNode ecdhe = byCode(lines, "0xc030");
        assertThat(ecdhe.get("name").asText()).isEqualTo("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");
        assertThat(ecdhe.get("kx").asText()).isEqualTo("ECDHE_RSA");
        assertThat(ecdhe.get("auth").asText()).isEqualTo("RSA");
        assertThat(ecdhe.get("prf").asText()).isEqualTo("SHA384");
        assertThat(ecdhe.get("min_version").asText()).isEqualTo("0x0303");
        assertThat(ecdhe.get("usable").asBoolean()).isTrue();

        JsonNode rc4 = byCode(lines, "0x0005");
        assertThat(rc4.get("cipher").asText()).isEqualTo("RC4_128");
        assertThat(rc4.get("mac").asText()).isEqualTo("SHA1");
        assertThat(rc4.get("min_version").asText()).isEqualTo("0x0300");

        JsonNode v2 = byCode(lines, "0x010080");
        assertThat(v2.get("name").asText()).isEqualTo("SSL_CK_RC4_128_WITH_MD5");
        assertThat(v2.get("min_version").asText()).isEqualTo("0x0002");
        assertThat(v2.get("max_version").asText()).isEqualTo("0x0002");
        assertThat(v2.get("usable").asBoolean()).isFalse();

        JsonNode scsv = byCode(lines, "0x00ff");
        assertThat(scsv.get("kx").asText()).isEqualTo("NONE");
        assertThat(scsv.get("usable").asBoolean()).isFalse();
    }

    @Test
    void everyLineAgreesWithCipherSuiteInfoOnNameVersionsAndUsable() {
        Vector<JsonNode> lines = lines(CliRun.of("suites", "--json").out());
        Vector<CipherSuiteInfo> infos = CipherSuiteInfo.all().appendAll(CipherSuiteInfo.allSslV2());

        assertThat(lines).hasSameSizeAs(infos);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            CipherSuiteInfo info = infos.get(i);
            assertThat(CaptureFacts.code(line.get("code"))).isEqualTo(info.code());
            assertThat(line.get("name").asText()).isEqualTo(info.name());
            assertThat(CaptureFacts.code(line.get("min_version"))).isEqualTo(info.minVersion().code());
            assertThat(CaptureFacts.code(line.get("max_version"))).isEqualTo(info.maxVersion().code());
            assertThat(line.get("usable").asBoolean()).as(info.name()).isEqualTo(info.usable());
        }
    }

    @Test
    void usableKeepsExactlyTheUsableLinesAndEachOfThemProtectsARecord() {
        Vector<JsonNode> all = lines(CliRun.of("suites", "--json").out());
        Vector<JsonNode> usable = lines(CliRun.of("suites", "--usable", "--json").out());

        assertThat(usable).isEqualTo(all.filter(l -> l.get("usable").asBoolean()));
        assertThat(usable.size()).isBetween(100, all.size() - 50);
        for (JsonNode line : usable) {
            CipherSuiteInfo suite = CipherSuiteInfo.of(CipherSuite.of(CaptureFacts.code(line.get("code")))).get();
            assertRecordRoundTrips(suite);
        }
    }

    @Test
    void theTableHasAHeadingAndOneAlignedLinePerSuite() {
        CliRun run = CliRun.of("suites");

        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(REGISTRY_SIZE + 1);
        String heading = lines.get(0);
        assertThat(heading).startsWith("CODE      NAME").endsWith("USABLE");
        List<Integer> columns = new ArrayList<>();
        for (String h : List.of("NAME", "KX", "AUTH", "CIPHER", "MAC", "PRF", "VERSIONS", "USABLE")) {
            columns.add(heading.indexOf("  " + h + " ") + 2);
        }
        columns.set(columns.size() - 1, heading.lastIndexOf("USABLE"));
        for (String line : lines.subList(1, lines.size())) {
            for (int at : columns) {
                assertThat(line.charAt(at - 1)).as(line).isEqualTo(' ');
                assertThat(line.charAt(at)).as(line).isNotEqualTo(' ');
            }
        }
        String tls13 = lines.stream().filter(l -> l.startsWith("0x1301 ")).findFirst().orElseThrow();
        assertThat(tls13.split(" +")).containsExactly("0x1301", "TLS_AES_128_GCM_SHA256", "NEGOTIATED", "NEGOTIATED",
                "AES_128_GCM", "AEAD", "SHA256", "TLS", "1.3", "yes");
        String rsa = lines.stream().filter(l -> l.startsWith("0x002f ")).findFirst().orElseThrow();
        assertThat(rsa).contains("SSL 3.0..TLS 1.2").endsWith("yes");
    }

    @Test
    void theUsableTableListsOnlyUsableSuites() {
        List<String> lines = CliRun.of("suites", "--usable").out().lines().toList();

        assertThat(lines).hasSize(CipherSuiteInfo.all().count(CipherSuiteInfo::usable) + 1);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.endsWith("  yes"));
    }

    @Test
    void theTopHelpListsSuitesAndPki() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsPattern("(?m)^\\s+suites\\s+List every registered cipher suite")
                .containsPattern("(?m)^\\s+pki\\s+Write a test PKI into DIR");
    }

    private static void assertRecordRoundTrips(CipherSuiteInfo suite) {
        ProtocolVersion version = suite.maxVersion();
        RecordKeys keys = new RecordKeys(pattern(suite.mac().length(), 1), pattern(suite.cipher().expandedKeyLength(), 2),
                pattern(suite.fixedIvLength(version), 3));
        RecordProtection sealer = RecordProtection.of(suite, version, keys, RecordOptions.DEFAULT)
                .getOrElseThrow(e -> new AssertionError(suite.name() + ": " + e.message()));
        RecordProtection opener = RecordProtection.of(suite, version, keys, RecordOptions.DEFAULT).get();
        Bytes plaintext = Bytes.utf8("GET / HTTP/1.1 under " + suite.name());

        RecordProtection.Sealed sealed = sealer.seal(7, ContentType.APPLICATION_DATA, version, plaintext)
                .getOrElseThrow(e -> new AssertionError(suite.name() + ": " + e.message()));
        RecordProtection.Opened opened = opener.open(7, sealed.type(), version, sealed.bytes())
                .getOrElseThrow(e -> new AssertionError(suite.name() + ": " + e.message()));

        assertThat(opened.bytes()).as(suite.name()).isEqualTo(plaintext);
        assertThat(opened.type()).isEqualTo(ContentType.APPLICATION_DATA);
        if (!suite.cipher().name().equals("NULL")) {
            assertThat(sealed.bytes().startsWith(plaintext)).as(suite.name() + " hides its plaintext").isFalse();
        }
    }

    private static Bytes pattern(int length, int salt) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) (31 * i + salt);
        }
        return Bytes.of(out);
    }

    private static JsonNode byCode(Vector<JsonNode> lines, String code) {
        return lines.find(l -> l.get("code").asText().equals(code)).getOrElseThrow(() -> new AssertionError("no " + code));
    }

    private static Vector<JsonNode> lines(String out) {
        return Vector.ofAll(out.lines().map(CaptureFacts::parse).toList());
    }
}
