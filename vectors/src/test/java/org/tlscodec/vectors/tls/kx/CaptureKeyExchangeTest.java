package org.tlscodec.vectors.tls.kx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.ClientKeyExchange;
import org.tlscodec.tls.handshake.ClientKeyExchangeDh;
import org.tlscodec.tls.handshake.ClientKeyExchangeEcdh;
import org.tlscodec.tls.handshake.ClientKeyExchangeRsa;
import org.tlscodec.tls.handshake.DigitallySigned;
import org.tlscodec.tls.handshake.ECParametersNamedCurve;
import org.tlscodec.tls.handshake.ServerKeyExchange;
import org.tlscodec.tls.handshake.ServerKeyExchangeDh;
import org.tlscodec.tls.handshake.ServerKeyExchangeEcdh;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.NamedGroup;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SignatureScheme;
import org.tlscodec.vectors.data.Captures;

/**
 * ServerKeyExchange and ClientKeyExchange from the real OpenSSL 3.0 captures: the server's and the
 * client's plaintext flights, read under the context their ServerHello sets, re-encoded byte for
 * byte, and checked against tshark's facts in {@code expected.json}.
 */
class CaptureKeyExchangeTest {
    private static JsonNode expected;

    @BeforeAll
    static void read() throws Exception {
        expected = new ObjectMapper().readTree(Captures.expectedJson().get());
    }

    /** One connection's flights and context, checked against tshark's suite, version and message count. */
    private record Connection(WireContext ctx, Vector<ServerKeyExchange> ske, Vector<ClientKeyExchange> cke) {
    }

    private static Connection connection(String captureCase, int conn) {
        PlaintextFlight server = PlaintextFlight.of(Captures.stream(captureCase, conn, Captures.Side.SERVER).get());
        PlaintextFlight client = PlaintextFlight.of(Captures.stream(captureCase, conn, Captures.Side.CLIENT).get());
        WireContext ctx = server.serverHelloContext().get();
        JsonNode facts = expected.path("cases").path(captureCase).path("connections").get(conn);
        assertThat(ctx.cipherSuite().get().code()).isEqualTo(facts.path("cipher_suite").asInt());
        assertThat(ctx.version().get().code()).isEqualTo(facts.path("version").asInt());
        Vector<ServerKeyExchange> ske = server.bodies(HandshakeType.SERVER_KEY_EXCHANGE).map(b -> exact(ServerKeyExchange.codec(ctx), b));
        Vector<ClientKeyExchange> cke = client.bodies(HandshakeType.CLIENT_KEY_EXCHANGE).map(b -> exact(ClientKeyExchange.codec(ctx), b));
        assertThat(ske.size()).isEqualTo(count(facts, "s2c:server_key_exchange"));
        assertThat(cke.size()).isEqualTo(count(facts, "c2s:client_key_exchange"));
        return new Connection(ctx, ske, cke);
    }

    private static int count(JsonNode facts, String entry) {
        int n = 0;
        for (JsonNode e : facts.path("handshake_sequence")) {
            n += e.asText().equals(entry) ? 1 : 0;
        }
        return n;
    }

    /** Decodes {@code body} and checks it re-encodes to the same bytes. */
    static <A> A exact(Codec<A> codec, Bytes body) {
        A value = codec.decode(body).getOrElseThrow(e -> new AssertionError(e.describe()));
        assertThat(codec.encode(value).get()).isEqualTo(body);
        return value;
    }

    private static void assertRsaSignatureScheme(DigitallySigned signature) {
        SignatureScheme scheme = signature.algorithm().get();
        assertThat(scheme.name().get()).matches("rsa_pss_rsae_.*|rsa_pkcs1_.*");
    }

    private static void assertEcdheX25519(Connection c) {
        ServerKeyExchangeEcdh ske = (ServerKeyExchangeEcdh) c.ske().single();
        assertThat(ske.params().curveParams()).isEqualTo(new ECParametersNamedCurve(NamedGroup.X25519));
        assertThat(ske.params().publicKey().point().size()).isEqualTo(32);
        ClientKeyExchangeEcdh cke = (ClientKeyExchangeEcdh) c.cke().single();
        assertThat(cke.ecdhYc().get().point().size()).isEqualTo(32);
    }

    @Test
    void tls12EcdheRsaServersSendX25519SignedWithAnRsaSchemeAndClientsAnX25519Point() {
        for (String captureCase : new String[] {"tls12_ecdhe_rsa_aes128gcm", "tls12_ecdhe_rsa_aes256_sha384", "tls12_ticket_resumption"}) {
            Connection c = connection(captureCase, 0);
            assertThat(c.ctx().version().get()).isSameAs(ProtocolVersion.TLS_1_2);
            assertEcdheX25519(c);
            assertRsaSignatureScheme(((ServerKeyExchangeEcdh) c.ske().single()).signedParams().get());
        }
    }

    @Test
    void tls10EcdheRsaHasASignatureWithoutAlgorithm() {
        Connection c = connection("tls10_ecdhe_rsa_aes256_sha", 0);
        assertThat(c.ctx().version().get()).isSameAs(ProtocolVersion.TLS_1_0);
        assertEcdheX25519(c);
        DigitallySigned signature = ((ServerKeyExchangeEcdh) c.ske().single()).signedParams().get();
        assertThat(signature.algorithm().isEmpty()).isTrue();
        assertThat(signature.signature().size()).isEqualTo(256); // RSA-2048, MD5+SHA-1 in PKCS#1
    }

    @Test
    void tls12DheRsaSendsA2048BitGroupAndTheClientAnExplicitPublicValue() {
        Connection c = connection("tls12_dhe_rsa_aes256_sha256", 0);
        ServerKeyExchangeDh ske = (ServerKeyExchangeDh) c.ske().single();
        assertThat(ske.params().dhP().size()).isEqualTo(256);
        assertThat(ske.params().dhP().take(8)).isEqualTo(Bytes.fromHex("ffffffffffffffff"));
        assertThat(ske.params().dhG()).isEqualTo(Bytes.fromHex("02"));
        assertRsaSignatureScheme(ske.signedParams().get());
        ClientKeyExchangeDh cke = (ClientKeyExchangeDh) c.cke().single();
        assertThat(cke.dhYc().get().size()).isEqualTo(256);
    }

    @Test
    void tls12StaticRsaHasNoServerKeyExchangeAndALengthPrefixedCiphertext() {
        Connection c = connection("tls12_rsa_aes128_sha", 0);
        assertThat(c.ske()).isEmpty();
        ClientKeyExchangeRsa cke = (ClientKeyExchangeRsa) c.cke().single();
        assertThat(cke.preMasterSecret().size()).isEqualTo(256);
    }

    @Test
    void anAbbreviatedHandshakeHasNoKeyExchange() {
        Connection c = connection("tls12_ticket_resumption", 1);
        assertThat(c.ske()).isEmpty();
        assertThat(c.cke()).isEmpty();
    }
}
