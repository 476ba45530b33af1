package org.tlscodec.vectors.crypto.kx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import java.security.interfaces.RSAPrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kx.RsaPremaster;
import org.tlscodec.crypto.pki.SeededRandom;
import org.tlscodec.crypto.x509.Keys;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.ClientKeyExchangeRsa;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.record.HandshakeReassembly;
import org.tlscodec.tls.record.ReassembledHandshake;
import org.tlscodec.tls.record.RecordStream;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * Scapy's four static-RSA sessions with their server keys (kat/scapy_tls_sessions.json: one TLS
 * 1.0, three TLS 1.2): each ClientKeyExchange, read from the session's records, decrypts to the
 * pre_master_secret Scapy's tests assert.
 */
class ScapyRsaPremasterTest {
    private static final JsonNode SESSIONS = KxKat.json("scapy_tls_sessions.json").path("sessions");

    @TestFactory
    Stream<DynamicTest> everyRsaSessionsClientKeyExchangeDecryptsToItsPremaster() {
        List<DynamicTest> tests = new ArrayList<>();
        SESSIONS.fields().forEachRemaining(e -> {
            JsonNode s = e.getValue();
            if (s.path("secrets").has("server_rsa_private_key") && s.path("derived").has("pre_master_secret")) {
                tests.add(DynamicTest.dynamicTest(e.getKey(), () -> check(s)));
            }
        });
        assertThat(tests).hasSize(4);
        return tests.stream();
    }

    private static void check(JsonNode session) {
        Vector<ReassembledHandshake> client = plaintextHandshake(session, "client");
        Vector<ReassembledHandshake> server = plaintextHandshake(session, "server");
        ClientHello hello = (ClientHello) CaptureHandshake.decode(WireContext.initial(), client.head());
        ServerHello serverHello = (ServerHello) CaptureHandshake.decode(WireContext.initial(), server.head());
        WireContext ctx = WireContext.negotiated(serverHello.negotiatedVersion(), serverHello.cipherSuite());
        ClientKeyExchangeRsa cke = (ClientKeyExchangeRsa) CaptureHandshake.decode(ctx,
                client.find(m -> m.message().msgType().equals(HandshakeType.CLIENT_KEY_EXCHANGE)).get());

        Bytes pkcs8 = KxKat.hex(session.path("secrets").path("server_rsa_private_key"), "pkcs8_der");
        RSAPrivateKey key = (RSAPrivateKey) Keys.privateKey(pkcs8).get();
        Bytes premaster = RsaPremaster.decrypt(key, cke.preMasterSecret(), hello.legacyVersion(), SeededRandom.of(pkcs8, "scapy"));
        assertThat(premaster).isEqualTo(KxKat.hex(session.path("derived"), "pre_master_secret"));
    }

    /** A side's cleartext handshake records (those Scapy did not have to decrypt), through the record layer. */
    private static Vector<ReassembledHandshake> plaintextHandshake(JsonNode session, String side) {
        Bytes stream = Bytes.empty();
        for (JsonNode r : session.path("records")) {
            if (r.path("from").asText().equals(side) && r.path("content_type").asText().equals("handshake") && !r.has("plaintext")) {
                stream = stream.concat(KxKat.hex(r, "complete_record"));
            }
        }
        Vector<Bytes> fragments = RecordStream.split(stream).tlsRecords()
                .filter(r -> r.type().equals(ContentType.HANDSHAKE)).map(TLSPlaintext::fragment);
        HandshakeReassembly reassembly = HandshakeReassembly.reassemble(fragments);
        assertThat(reassembly.isComplete()).isTrue();
        return reassembly.messages();
    }
}
