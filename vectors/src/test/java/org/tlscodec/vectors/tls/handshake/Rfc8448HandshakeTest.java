package org.tlscodec.vectors.tls.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.Certificate;
import org.tlscodec.tls.handshake.CertificateRequest;
import org.tlscodec.tls.handshake.CertificateVerify;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.EncryptedExtensions;
import org.tlscodec.tls.handshake.EndOfEarlyData;
import org.tlscodec.tls.handshake.Finished;
import org.tlscodec.tls.handshake.Handshake;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.HelloRetryRequest;
import org.tlscodec.tls.handshake.NewSessionTicket;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SignatureScheme;
import org.tlscodec.vectors.data.Resources;

/**
 * Every handshake message RFC 8448 lists, plaintext and decrypted, decodes under a TLS 1.3 context
 * with TLS_AES_128_GCM_SHA256 (the suite of every section) into the message its label names, and
 * re-encodes byte for byte.
 */
class Rfc8448HandshakeTest {
    private static final WireContext TLS13 = WireContext.negotiated(ProtocolVersion.TLS_1_3, CipherSuite.TLS_AES_128_GCM_SHA256);
    private static JsonNode traces;

    private static final Map<String, Class<?>> EXPECTED = Map.ofEntries(
            Map.entry("ClientHello", ClientHello.class), Map.entry("ClientHello_1", ClientHello.class),
            Map.entry("ClientHello_2", ClientHello.class), Map.entry("ServerHello", ServerHello.class),
            Map.entry("HelloRetryRequest", HelloRetryRequest.class), Map.entry("EncryptedExtensions", EncryptedExtensions.class),
            Map.entry("CertificateRequest", CertificateRequest.Tls13.class), Map.entry("server_Certificate", Certificate.Tls13.class),
            Map.entry("client_Certificate", Certificate.Tls13.class), Map.entry("server_CertificateVerify", CertificateVerify.class),
            Map.entry("client_CertificateVerify", CertificateVerify.class), Map.entry("server_Finished", Finished.class),
            Map.entry("client_Finished", Finished.class), Map.entry("NewSessionTicket", NewSessionTicket.Tls13.class),
            Map.entry("EndOfEarlyData", EndOfEarlyData.class));

    @BeforeAll
    static void read() throws Exception {
        traces = new ObjectMapper().readTree(Resources.knownAnswers("rfc8448_tls13_traces.json").get());
    }

    private static List<String[]> messages() {
        List<String[]> out = new ArrayList<>();
        traces.properties().forEach(section -> {
            JsonNode hm = section.getValue().get("handshake_messages");
            if (hm != null) {
                hm.properties().forEach(e -> out.add(new String[] {section.getKey(), e.getKey(), e.getValue().asText()}));
            }
        });
        return out;
    }

    private static HandshakeMessage roundTrip(Bytes wire) {
        Codec<HandshakeMessage> codec = Handshake.codec(TLS13);
        HandshakeMessage m = codec.decode(wire).getOrElseThrow(e -> new AssertionError(e.describe()));
        assertThat(codec.encode(m).get()).isEqualTo(wire);
        return m;
    }

    @TestFactory
    Stream<DynamicTest> everyListedHandshakeMessageDecodesAsItsLabelSaysAndReencodesExactly() {
        List<String[]> all = messages();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        return all.stream().map(m -> DynamicTest.dynamicTest(m[0] + " " + m[1], () -> {
            assertThat(EXPECTED).containsKey(m[1]);
            assertThat(roundTrip(Bytes.fromHex(m[2]))).isInstanceOf(EXPECTED.get(m[1]));
        }));
    }

    private static HandshakeMessage message(String section, String label) {
        return roundTrip(Bytes.fromHex(traces.get(section).get("handshake_messages").get(label).asText()));
    }

    @Test
    void theSimpleHandshakeCarriesOneCertificateSignedWithRsaPss() {
        Certificate.Tls13 cert = (Certificate.Tls13) message("section_3_simple_1_rtt_handshake", "server_Certificate");
        assertThat(cert.certificateRequestContext().isEmpty()).isTrue();
        assertThat(cert.certificateList()).hasSize(1);
        assertThat(cert.certificateList().get(0).data().size()).isEqualTo(0x1b0);
        CertificateVerify cv = (CertificateVerify) message("section_3_simple_1_rtt_handshake", "server_CertificateVerify");
        assertThat(cv.algorithm()).contains(SignatureScheme.of(0x0804));
        assertThat(cv.signature().size()).isEqualTo(128);
        Finished fin = (Finished) message("section_3_simple_1_rtt_handshake", "server_Finished");
        assertThat(fin.verifyData().size()).isEqualTo(32);
    }

    @Test
    void theRetrySectionsFirstServerMessageIsAHelloRetryRequest() {
        HelloRetryRequest hrr = (HelloRetryRequest) message("section_5_helloretryrequest", "HelloRetryRequest");
        assertThat(hrr.cipherSuite()).isEqualTo(CipherSuite.TLS_AES_128_GCM_SHA256);
        assertThat(hrr.extensions().get()).isNotEmpty();
        ClientHello ch2 = (ClientHello) message("section_5_helloretryrequest", "ClientHello_2");
        assertThat(ch2.random()).isInstanceOf(org.tlscodec.tls.handshake.Random.Tls13.class);
    }

    @Test
    void theTicketOfTheSimpleHandshakeKeepsItsLifetimeAndNonce() {
        NewSessionTicket.Tls13 t = (NewSessionTicket.Tls13) message("section_3_simple_1_rtt_handshake", "NewSessionTicket");
        assertThat(t.ticketLifetime()).isEqualTo(30L);
        assertThat(t.ticketNonce()).isEqualTo(Bytes.fromHex("0000"));
    }
}
