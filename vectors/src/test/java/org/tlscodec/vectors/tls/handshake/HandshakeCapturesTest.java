package org.tlscodec.vectors.tls.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.Certificate;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.Handshake;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.HelloRetryRequest;
import org.tlscodec.tls.handshake.RawHandshakeMessage;
import org.tlscodec.tls.handshake.Random;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.vectors.data.Captures;

/**
 * Every plaintext handshake message of the 13 real OpenSSL captures decodes under the context its
 * ServerHello sets, re-encodes byte for byte, and agrees with tshark's facts in expected.json:
 * message types in order, certificate chain lengths (where the Certificate is plaintext), the
 * HelloRetryRequest, the negotiated version and suite.
 */
class HandshakeCapturesTest {
    private static JsonNode expected;

    @BeforeAll
    static void read() throws Exception {
        expected = new ObjectMapper().readTree(Captures.expectedJson().get());
    }

    /** What one connection's plaintext handshake decoded to. */
    record Flight(Vector<HandshakeMessage> client, Vector<HandshakeMessage> server, WireContext ctx) {
    }

    static Flight decode(String captureCase, int connection) {
        Bytes clientStream = Captures.stream(captureCase, connection, Captures.Side.CLIENT).get();
        Bytes serverStream = Captures.stream(captureCase, connection, Captures.Side.SERVER).get();
        // The first server message (ServerHello or HelloRetryRequest) is read before anything is known.
        Bytes first = PlaintextHandshake.messages(serverStream, false).get(0);
        HandshakeMessage hello = Handshake.codec(WireContext.initial()).decode(first).get();
        boolean tls13 = hello instanceof HelloRetryRequest || ((ServerHello) hello).negotiatedVersion().isTls13OrLater();
        Vector<Bytes> serverWire = PlaintextHandshake.messages(serverStream, tls13);
        ServerHello real = (ServerHello) serverWire.map(b -> Handshake.codec(WireContext.initial()).decode(b).get())
                .find(m -> m instanceof ServerHello).get();
        WireContext ctx = WireContext.negotiated(real.negotiatedVersion(), real.cipherSuite());
        return new Flight(exact(PlaintextHandshake.messages(clientStream, tls13), ctx), exact(serverWire, ctx), ctx);
    }

    private static Vector<HandshakeMessage> exact(Vector<Bytes> wire, WireContext ctx) {
        Codec<HandshakeMessage> codec = Handshake.codec(ctx);
        return wire.map(b -> {
            HandshakeMessage m = codec.decode(b).getOrElseThrow(e -> new AssertionError(e.describe() + " in " + b.hex()));
            assertThat(codec.encode(m).get()).as("re-encoding of %s", m.msgType()).isEqualTo(b);
            return m;
        });
    }

    private static List<String> expectedTypes(JsonNode conn, String dir, int n) {
        List<String> out = new ArrayList<>();
        for (JsonNode step : conn.get("handshake_sequence")) {
            if (step.asText().startsWith(dir + ":") && out.size() < n) {
                out.add(step.asText().substring(dir.length() + 1));
            }
        }
        return out;
    }

    private static List<String> types(Vector<HandshakeMessage> messages) {
        return messages.map(m -> m.msgType().name().getOrElse("?")).toJavaList();
    }

    @TestFactory
    Stream<DynamicTest> everyPlaintextHandshakeMessageOfEveryCaptureRoundTripsAndMatchesTshark() {
        return Captures.CASES.toJavaStream().flatMap(c -> {
            JsonNode conns = expected.get("cases").get(c).get("connections");
            return java.util.stream.IntStream.range(0, conns.size()).mapToObj(i -> DynamicTest.dynamicTest(c + " connection " + i, () -> {
                JsonNode conn = conns.get(i);
                Flight f = decode(c, i);
                assertThat(f.ctx().version().get().code()).isEqualTo(conn.get("version").asInt());
                assertThat(f.ctx().cipherSuite().get().code()).isEqualTo(conn.get("cipher_suite").asInt());
                assertThat(f.client()).isNotEmpty();
                assertThat(f.server()).isNotEmpty();
                assertThat(types(f.client())).isEqualTo(expectedTypes(conn, "c2s", f.client().size()));
                assertThat(types(f.server())).isEqualTo(expectedTypes(conn, "s2c", f.server().size()));
                // Every plaintext message is typed, the key exchange messages included.
                assertThat(f.client().appendAll(f.server()).filter(m -> m instanceof RawHandshakeMessage)).isEmpty();
                Vector<Certificate.Tls12> certs = f.server().filter(m -> m instanceof Certificate.Tls12).map(m -> (Certificate.Tls12) m);
                if (!f.ctx().isTls13() && conn.get("certificate_chain_lengths").has("s2c")) {
                    assertThat(certs.map(m -> m.certificateList().size()).toJavaList())
                            .isEqualTo(toInts(conn.get("certificate_chain_lengths").get("s2c")));
                }
                assertThat(f.server().exists(m -> m instanceof HelloRetryRequest)).isEqualTo(conn.get("hello_retry_request").asBoolean());
            }));
        });
    }

    private static List<Integer> toInts(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    @Test
    void theTls12CapturesShowTheirWholeFirstFlightInPlaintext() {
        Flight f = decode("tls12_ecdhe_rsa_aes128gcm", 0);
        assertThat(types(f.server())).containsExactly("server_hello", "certificate", "server_key_exchange", "server_hello_done", "new_session_ticket");
        assertThat(types(f.client())).containsExactly("client_hello", "client_key_exchange");
        assertThat(((Certificate.Tls12) f.server().get(1)).certificateList()).hasSize(2);
    }

    @Test
    void theRetryCaptureDecodesAHelloRetryRequestThenTheRealServerHello() {
        Flight f = decode("tls13_hrr", 0);
        assertThat(f.server().get(0)).isInstanceOf(HelloRetryRequest.class);
        assertThat(f.server().get(1)).isInstanceOf(ServerHello.class);
        assertThat(f.client()).hasSize(2).allMatch(m -> m instanceof ClientHello);
        assertThat(((ClientHello) f.client().get(1)).random()).isInstanceOf(Random.Tls13.class);
    }

    @Test
    void theOpenSslServerMarksEveryDowngradeInItsRandom() {
        for (String c : Captures.CASES) {
            ServerHello sh = (ServerHello) decode(c, 0).server().find(m -> m instanceof ServerHello).get();
            int version = sh.negotiatedVersion().code();
            assertThat(sh.downgradeSentinel()).as(c).isEqualTo(version == 0x0304 ? io.vavr.control.Option.none()
                    : io.vavr.control.Option.some(version == 0x0303 ? ProtocolVersion.TLS_1_2 : ProtocolVersion.TLS_1_1));
        }
    }

    @Test
    void aTls10HelloReadsItsRandomAsClockAndBytes() {
        Flight f = decode("tls10_ecdhe_rsa_aes256_sha", 0);
        assertThat(f.ctx().version()).contains(ProtocolVersion.TLS_1_0);
        assertThat(((ServerHello) f.server().get(0)).random()).isInstanceOf(Random.Tls12.class);
    }
}
