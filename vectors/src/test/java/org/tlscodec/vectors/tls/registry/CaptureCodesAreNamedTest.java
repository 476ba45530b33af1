package org.tlscodec.vectors.tls.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tlscodec.tls.registry.AlertDescription;
import org.tlscodec.tls.registry.AlertLevel;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.NamedGroup;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.RegistryValue;
import org.tlscodec.tls.registry.SignatureScheme;
import org.tlscodec.vectors.data.Captures;

/**
 * Every code the bundled captures hold (tshark's facts in {@code expected.json}) has a name in its
 * registry: cipher suites, extensions, groups, signature schemes, versions, content, handshake and
 * alert types. GREASE counts as named.
 */
class CaptureCodesAreNamedTest {
    private static JsonNode expected;

    @BeforeAll
    static void read() throws Exception {
        expected = new ObjectMapper().readTree(Captures.expectedJson().get());
    }

    /** Which registry the integers under a JSON field name belong to. */
    private static final Map<String, IntFunction<? extends RegistryValue>> FIELDS = Map.ofEntries(
            Map.entry("cipher_suite", CipherSuite::of),
            Map.entry("cipher_suites", CipherSuite::of),
            Map.entry("extensions", ExtensionType::of),
            Map.entry("encrypted_extensions", ExtensionType::of),
            Map.entry("key_share_group", NamedGroup::of),
            Map.entry("key_share_groups", NamedGroup::of),
            Map.entry("certificate_verify_schemes", SignatureScheme::of),
            Map.entry("version", ProtocolVersion::of),
            Map.entry("legacy_version", ProtocolVersion::of),
            Map.entry("supported_versions", ProtocolVersion::of),
            Map.entry("selected_version", ProtocolVersion::of),
            Map.entry("type", ContentType::of),
            Map.entry("inner_type", ContentType::of),
            Map.entry("handshake", HandshakeType::of));

    /** The registry values found under each field, anywhere in the document. */
    private static Map<String, List<RegistryValue>> collect() {
        Map<String, List<RegistryValue>> found = new java.util.TreeMap<>();
        walk(expected, "", found);
        return found;
    }

    private static void walk(JsonNode node, String field, Map<String, List<RegistryValue>> found) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                // certificate_verify_schemes is {c2s: [...], s2c: [...]}: its children keep its registry.
                String inner = FIELDS.containsKey(field) && !e.getValue().isObject() ? field : e.getKey();
                walk(e.getValue(), inner, found);
            }
        } else if (node.isArray()) {
            if (field.equals("alert") && node.size() == 2) {
                found.computeIfAbsent("alert_level", k -> new ArrayList<>()).add(AlertLevel.of(node.get(0).asInt()));
                found.computeIfAbsent("alert_description", k -> new ArrayList<>()).add(AlertDescription.of(node.get(1).asInt()));
                return;
            }
            node.forEach(child -> walk(child, field, found));
        } else if (node.isInt() && FIELDS.containsKey(field)) {
            found.computeIfAbsent(field, k -> new ArrayList<>()).add(FIELDS.get(field).apply(node.asInt()));
        }
    }

    @Test
    void everyCodeInTheCapturesHasAName() {
        Map<String, List<RegistryValue>> found = collect();
        List<String> unnamed = new ArrayList<>();
        found.forEach((field, values) -> values.stream().filter(v -> !v.isKnown())
                .forEach(v -> unnamed.add(field + ": " + v.hexCode())));
        assertThat(unnamed).isEmpty();
    }

    @Test
    void theCheckIsNotVacuous() {
        Map<String, List<RegistryValue>> found = collect();
        assertThat(found).containsKeys("cipher_suites", "cipher_suite", "extensions", "encrypted_extensions",
                "key_share_groups", "key_share_group", "certificate_verify_schemes", "supported_versions", "type", "handshake");
        assertThat(distinctCodes(found.get("cipher_suites"))).hasSizeGreaterThanOrEqualTo(9);
        assertThat(distinctCodes(found.get("extensions"))).hasSizeGreaterThanOrEqualTo(12);
        assertThat(distinctCodes(found.get("key_share_groups"))).contains(23, 29);
        assertThat(distinctCodes(found.get("certificate_verify_schemes"))).contains(0x0804);
    }

    @Test
    void tsharksSuiteAndVersionNamesAreOurs() {
        int checked = 0;
        for (JsonNode c : iterable(expected.get("cases"))) {
            for (JsonNode conn : c.get("connections")) {
                CipherSuite suite = CipherSuite.of(conn.get("cipher_suite").asInt());
                assertThat(suite.display()).isEqualTo(conn.get("cipher_suite_name").asText());
                assertThat(suite.hexCode()).isEqualToIgnoringCase(conn.get("cipher_suite_hex").asText());
                assertThat(ProtocolVersion.of(conn.get("version").asInt()).display()).isEqualTo(conn.get("version_name").asText());
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(13);
    }

    private static TreeSet<Integer> distinctCodes(List<RegistryValue> values) {
        TreeSet<Integer> codes = new TreeSet<>();
        values.forEach(v -> codes.add(v.code()));
        return codes;
    }

    private static Iterable<JsonNode> iterable(JsonNode object) {
        List<JsonNode> out = new ArrayList<>();
        object.elements().forEachRemaining(out::add);
        return out;
    }
}
