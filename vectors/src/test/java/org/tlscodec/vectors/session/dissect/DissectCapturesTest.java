package org.tlscodec.vectors.session.dissect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.capture.CaptureFormat;
import org.tlscodec.session.conversation.Chunk;
import org.tlscodec.session.dissect.CaptureDissection;
import org.tlscodec.session.dissect.ConnectionDissection;
import org.tlscodec.session.dissect.Dissect;
import org.tlscodec.session.dissect.DissectSecrets;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.vectors.data.Captures;

/**
 * Issue 5's capture-level acceptance on the bundled OpenSSL 3.0 loopback captures: each pcap read
 * by the capture reader and dissected with its key log gives, per connection, what tshark read
 * (expected.json): endpoints, every record with its inner type, the handshake sequence, all the
 * application data, and the summary's version, suite, SNI, ALPN and resumption. The static-RSA
 * capture also decrypts with the server's key alone (README: "decryptable with pki/server-rsa.key
 * alone"), and a pcapng carrying the key log in a Decryption Secrets Block needs no secret given.
 */
class DissectCapturesTest {

    @TestFactory
    Vector<DynamicTest> everyBundledPcapDecryptsFullyWithItsKeyLogToTsharksRecordsApplicationDataAndSummary() {
        return Captures.CASES.map(c -> DynamicTest.dynamicTest(c, () -> {
            CaptureDissection d = Dissect.capture(ExpectedCaptures.pcap(c), DissectSecrets.keyLog(ExpectedCaptures.keyLog(c)));

            assertThat(d.format()).contains(CaptureFormat.PCAP);
            assertThat(d.errors()).isEmpty();
            assertThat(d.carriedKeyLog()).isFalse();
            JsonNode connections = ExpectedCaptures.expected(c).get("connections");
            assertThat(d.connections().size()).isEqualTo(connections.size());
            for (int i = 0; i < connections.size(); i++) {
                ExpectedCaptures.matchesTshark(c, i, d.connections().get(i));
            }
            assertThat(d.clean()).isTrue();
            assertThat(d.allDecrypted()).isTrue();
        }));
    }

    @Test
    void theStaticRsaPcapDecryptsFullyWithTheServersPkcs8KeyAlone() {
        String c = "tls12_rsa_aes128_sha";
        CaptureDissection d = Dissect.capture(ExpectedCaptures.pcap(c),
                DissectSecrets.none().withRsaKeyPem(ExpectedCaptures.text("pki/server-rsa.key")));

        assertThat(d.errors()).isEmpty();
        ExpectedCaptures.matchesTshark(c, 0, d.connections().get(0));
    }

    @Test
    void theStaticRsaPcapDecryptsFullyWithTheServersTraditionalPkcs1KeyAlone() {
        String c = "tls12_rsa_aes128_sha";
        CaptureDissection d = Dissect.capture(ExpectedCaptures.pcap(c),
                DissectSecrets.none().withRsaKeyPem(ExpectedCaptures.text("pki/server-rsa.pkcs1.key")));

        assertThat(d.errors()).isEmpty();
        ExpectedCaptures.matchesTshark(c, 0, d.connections().get(0));
    }

    @TestFactory
    Vector<DynamicTest> aPcapngCarryingItsKeyLogInADecryptionSecretsBlockDecryptsWithNoSecretGiven() {
        return Vector.of("tls13_psk_resumption", "tls12_ticket_resumption", "tls10_ecdhe_rsa_aes256_sha").map(c -> DynamicTest.dynamicTest(c, () -> {
            CaptureDissection d = Dissect.capture(ExpectedCaptures.pcapngWithKeyLog(c, ExpectedCaptures.keyLog(c)), DissectSecrets.none());

            assertThat(d.format()).contains(CaptureFormat.PCAPNG);
            assertThat(d.carriedKeyLog()).isTrue();
            assertThat(d.errors()).isEmpty();
            for (int i = 0; i < d.connections().size(); i++) {
                ExpectedCaptures.matchesTshark(c, i, d.connections().get(i));
            }
        }));
    }

    @Test
    void withoutAnySecretProtectedRecordsStayOpaqueWithNoErrorAndTheSummaryIsStillRead() {
        String c = "tls13_aes128gcm";
        CaptureDissection d = Dissect.capture(ExpectedCaptures.pcap(c), DissectSecrets.none());
        ConnectionDissection conn = d.connections().get(0);
        JsonNode want = ExpectedCaptures.expected(c).get("connections").get(0);

        assertThat(d.clean()).isTrue();
        assertThat(conn.records().size()).isEqualTo(want.get("records").size());
        assertThat(conn.records().filter(r -> r.protectedRecord())).isNotEmpty().allMatch(r -> !r.decrypted() && r.contents().isEmpty());
        assertThat(conn.allDecrypted()).isFalse();
        assertThat(conn.summary().cipherSuite().get().code()).isEqualTo(want.get("cipher_suite").asInt());
        assertThat(conn.summary().decrypted()).isFalse();
    }

    @TestFactory
    Vector<DynamicTest> chunksCutFromTheBundledStreamsDissectToTheSameRecordsAsThePcap() {
        // The streams are cut at tshark's record boundaries in tshark's order: an input that owes nothing to the pcap reader.
        return Vector.of("tls13_hrr", "tls12_dhe_rsa_aes256_sha256").map(c -> DynamicTest.dynamicTest(c, () -> {
            JsonNode want = ExpectedCaptures.expected(c).get("connections").get(0);
            Bytes client = Captures.stream(c, 0, Captures.Side.CLIENT).get();
            Bytes server = Captures.stream(c, 0, Captures.Side.SERVER).get();
            Vector<Chunk> chunks = Vector.empty();
            int at0 = 0;
            int at1 = 0;
            for (JsonNode r : want.get("records")) {
                int n = 5 + r.get("length").asInt();
                if (r.get("dir").asText().equals("c2s")) {
                    chunks = chunks.append(Chunk.fromClient(client.slice(at0, at0 + n)));
                    at0 += n;
                } else {
                    chunks = chunks.append(Chunk.fromServer(server.slice(at1, at1 + n)));
                    at1 += n;
                }
            }
            DissectSecrets secrets = DissectSecrets.keyLog(ExpectedCaptures.keyLog(c));

            ConnectionDissection fromChunks = Dissect.chunks(chunks, secrets);
            ConnectionDissection fromPcap = Dissect.capture(ExpectedCaptures.pcap(c), secrets).connections().get(0);

            assertThat(fromChunks.number()).isZero();
            assertThat(fromChunks.client()).isEmpty();
            assertThat(fromChunks.errors()).isEmpty();
            assertThat(fromChunks.records()).isEqualTo(fromPcap.records());
            assertThat(fromChunks.summary()).isEqualTo(fromPcap.summary());
            assertThat(fromChunks.records().head().sender()).isEqualTo(ConnectionEnd.CLIENT);
        }));
    }
}
