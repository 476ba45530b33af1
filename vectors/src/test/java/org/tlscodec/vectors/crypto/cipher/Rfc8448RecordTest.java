package org.tlscodec.vectors.crypto.cipher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import java.util.Iterator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.RecordKeys;
import org.tlscodec.crypto.cipher.RecordOptions;
import org.tlscodec.crypto.cipher.RecordProtection;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.vectors.data.Resources;

/**
 * RFC 8448 sections 3 to 7: every protected record, sealed from its plaintext with the RFC's key,
 * IV and sequence number, must equal the RFC's record byte for byte, and open back to the plaintext
 * and its inner content type.
 */
class Rfc8448RecordTest {

    private static JsonNode json() throws Exception {
        return new ObjectMapper().readTree(Resources.knownAnswers("rfc8448_tls13_traces.json").get());
    }

    private static Vector<JsonNode[]> protectedRecords() throws Exception {
        JsonNode root = json();
        Vector<JsonNode[]> out = Vector.empty();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String section = it.next();
            JsonNode s = root.get(section);
            if (!section.startsWith("section_") || !s.has("records")) {
                continue;
            }
            for (JsonNode r : s.get("records")) {
                if (r.has("write_key")) {
                    out = out.append(new JsonNode[] {s, r, root.get(section).get("rfc_section")});
                }
            }
        }
        return out;
    }

    @Test
    void theTracesHoldEveryProtectedRecord() throws Exception {
        assertThat(protectedRecords().size()).isEqualTo(27);
    }

    @TestFactory
    Vector<DynamicTest> everyRecordSealsToTheRfcBytesAndOpensBack() throws Exception {
        CipherSuiteInfo suite = CipherSuiteInfo.of(CipherSuite.TLS_AES_128_GCM_SHA256).get();
        return protectedRecords().zipWithIndex().map(t -> {
            JsonNode section = t._1[0];
            JsonNode record = t._1[1];
            String which = record.get("write_key").asText();
            long seq = record.get("sequence_number").asLong();
            String name = "section " + t._1[2].asText() + " record " + t._2 + ": " + which + " seq " + seq;
            return DynamicTest.dynamicTest(name, () -> {
                JsonNode secrets = section.get("secrets");
                Bytes key = Bytes.fromHex(secrets.get(which + "_write_key").asText());
                Bytes iv = Bytes.fromHex(secrets.get(which + "_write_iv").asText());
                Bytes complete = Bytes.fromHex(record.get("complete_record").asText());
                Bytes payload = Bytes.fromHex(record.get("payload").asText());
                ContentType inner = ContentType.REGISTRY.known()
                        .find(c -> c.name().contains(record.get("inner_content_type").asText())).get();
                ProtocolVersion legacy = ProtocolVersion.of(complete.get(1) << 8 | complete.get(2));
                RecordProtection p = RecordProtection.of(suite, ProtocolVersion.TLS_1_3, RecordKeys.aead(key, iv),
                        RecordOptions.DEFAULT).get();

                RecordProtection.Sealed sealed = p.seal(seq, inner, legacy, payload).get();
                assertThat(sealed.type()).isEqualTo(ContentType.APPLICATION_DATA);
                assertThat(sealed.bytes()).isEqualTo(complete.drop(5));

                RecordProtection.Opened opened = p.open(seq, ContentType.of(complete.get(0)), legacy, complete.drop(5)).get();
                assertThat(opened.type()).isEqualTo(inner);
                assertThat(opened.bytes()).isEqualTo(payload);
            });
        });
    }
}
