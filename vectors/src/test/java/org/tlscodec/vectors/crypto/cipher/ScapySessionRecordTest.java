package org.tlscodec.vectors.crypto.cipher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.RecordKeys;
import org.tlscodec.crypto.cipher.RecordOptions;
import org.tlscodec.crypto.cipher.RecordProtection;
import org.tlscodec.crypto.suite.CipherKind;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.vectors.data.Resources;

/**
 * Scapy's recorded sessions (scapy_tls_sessions.json), opened with the keys the JSON lists: each
 * direction's protected records in order, the state threaded from one record to the next (TLS 1.0
 * CBC chains its IV, RC4 its keystream). Where protection is deterministic (chained-IV CBC, RC4,
 * TLS 1.3) the plaintext is sealed again and must give the recorded bytes.
 */
class ScapySessionRecordTest {

    private static JsonNode sessions() throws Exception {
        return new ObjectMapper().readTree(Resources.knownAnswers("scapy_tls_sessions.json").get()).get("sessions");
    }

    private static Bytes hex(JsonNode node, String field) {
        return node.has(field) ? Bytes.fromHex(node.get(field).asText()) : Bytes.empty();
    }

    @TestFactory
    Vector<DynamicTest> tls12AndEarlierSessionsOpenWithTheirKeys() throws Exception {
        JsonNode all = sessions();
        return Vector.of(
                "tls10_rsa_aes128cbc_sha_compromised_server_key",
                "tls12_rsa_aes256gcm_sha384_extended_master_secret",
                "tls12_rsa_rc4_128_sha_extended_master_secret",
                "tls12_rsa_aes256cbc_sha256_encrypt_then_mac",
                "tls12_ecdhe_rsa_aes256gcm_sha384_pcap_keylog",
                "tls12_ecdhe_rsa_aes128gcm_sha256_tcp_fragmented_pcap_keylog")
                .flatMap(name -> Vector.of("client", "server").map(side -> DynamicTest.dynamicTest(name + " " + side, () -> {
                    JsonNode session = all.get(name);
                    JsonNode d = session.get("derived");
                    CipherSuiteInfo suite = CipherSuiteInfo.of(CipherSuite.of(
                            Integer.parseInt(d.get("cipher_suite").asText().substring(2, 6), 16))).get();
                    ProtocolVersion version = ProtocolVersion.of(Integer.parseInt(d.get("version").asText().substring(2), 16));
                    RecordOptions options = RecordOptions.DEFAULT.withEncryptThenMac(d.get("encrypt_then_mac").asBoolean());
                    Bytes iv = suite.fixedIvLength(version) == 0 ? Bytes.empty() : hex(d, side + "_write_IV");
                    RecordKeys keys = new RecordKeys(hex(d, side + "_write_MAC_key"), hex(d, side + "_write_key"), iv);
                    RecordProtection opener = RecordProtection.of(suite, version, keys, options).get();
                    RecordProtection sealer = RecordProtection.of(suite, version, keys, options).get();
                    boolean deterministic = suite.cipher().kind() == CipherKind.STREAM
                            || suite.cipher().kind() == CipherKind.BLOCK && suite.recordIvLength(version) == 0;
                    int opened = 0;
                    for (JsonNode r : session.get("records")) {
                        if (!r.get("from").asText().equals(side) || !r.has("sequence_number")) {
                            continue;
                        }
                        Bytes record = Bytes.fromHex(r.get("complete_record").asText());
                        ContentType type = ContentType.of(record.get(0));
                        ProtocolVersion rv = ProtocolVersion.of(record.get(1) << 8 | record.get(2));
                        long seq = r.get("sequence_number").asLong();
                        RecordProtection.Opened o = opener.open(seq, type, rv, record.drop(5)).get();
                        assertThat(o.bytes()).isEqualTo(hex(r, "plaintext"));
                        assertThat(o.type()).isEqualTo(type);
                        opener = o.next();
                        if (deterministic) {
                            RecordProtection.Sealed s = sealer.seal(seq, type, rv, o.bytes()).get();
                            assertThat(s.bytes()).isEqualTo(record.drop(5));
                            sealer = s.next();
                        }
                        opened++;
                    }
                    if (side.equals("client")) {
                        assertThat(opened).isPositive();
                    }
                })));
    }

    @TestFactory
    Vector<DynamicTest> tls13SessionsSealToTheRecordedBytesAndOpenBack() throws Exception {
        JsonNode all = sessions();
        CipherSuiteInfo suite = CipherSuiteInfo.of(CipherSuite.TLS_AES_256_GCM_SHA384).get();
        return Vector.of("tls13_aes256gcm_sha384_notebook_session", "tls13_aes256gcm_sha384_pcap_keylog")
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    JsonNode session = all.get(name);
                    JsonNode d = session.get("derived");
                    int checked = 0;
                    for (JsonNode r : session.get("records")) {
                        if (!r.has("write_key")) {
                            continue;
                        }
                        String which = r.get("write_key").asText();
                        RecordProtection p = RecordProtection.of(suite, ProtocolVersion.TLS_1_3,
                                RecordKeys.aead(hex(d, which + "_write_key"), hex(d, which + "_write_iv")),
                                RecordOptions.DEFAULT).get();
                        Bytes record = Bytes.fromHex(r.get("complete_record").asText());
                        ProtocolVersion rv = ProtocolVersion.of(record.get(1) << 8 | record.get(2));
                        long seq = r.get("sequence_number").asLong();
                        ContentType inner = ContentType.REGISTRY.known()
                                .find(c -> c.name().contains(r.get("inner_content_type").asText())).get();
                        Bytes payload = hex(r, "payload");
                        assertThat(p.seal(seq, inner, rv, payload).get().bytes()).isEqualTo(record.drop(5));
                        RecordProtection.Opened o = p.open(seq, ContentType.of(record.get(0)), rv, record.drop(5)).get();
                        assertThat(o.type()).isEqualTo(inner);
                        assertThat(o.bytes()).isEqualTo(payload);
                        checked++;
                    }
                    assertThat(checked).isGreaterThanOrEqualTo(7);
                }));
    }
}
