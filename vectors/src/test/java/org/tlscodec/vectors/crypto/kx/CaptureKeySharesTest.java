package org.tlscodec.vectors.crypto.kx;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kx.DhGroup;
import org.tlscodec.crypto.kx.KeyExchangeGroup;
import org.tlscodec.crypto.pki.SeededRandom;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.KeyShareClientHello;
import org.tlscodec.tls.extension.KeyShareEntry;
import org.tlscodec.tls.extension.KeyShareServerHello;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.ClientKeyExchangeDh;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.handshake.ServerKeyExchangeDh;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.NamedGroup;
import org.tlscodec.vectors.data.Captures;

/**
 * The real OpenSSL 3.0 captures' key exchange values pass this package's validation: every TLS
 * 1.3 key share the clients offered is answered by {@link KeyExchangeGroup#respond}, and every
 * share the servers chose finishes a fresh client share of its group (x25519, and secp256r1 after
 * the HelloRetryRequest); the TLS 1.2 DHE server's explicit p and g are RFC 3526's 2048-bit MODP
 * group, and both public values lie in 1 &lt; y &lt; p-1.
 */
class CaptureKeySharesTest {

    @TestFactory
    Stream<DynamicTest> everyTls13KeyShareOfTheCapturesIsAValidShareOfItsGroup() {
        return Captures.CASES.filter(c -> c.startsWith("tls13_")).toJavaStream().map(c -> DynamicTest.dynamicTest(c, () -> {
            Vector<KeyShareEntry> offered = Vector.empty();
            Vector<KeyShareEntry> chosen = Vector.empty();
            for (int conn = 0; conn < Captures.connections(c); conn++) {
                for (HandshakeMessage m : decoded(c, conn, Captures.Side.CLIENT)) {
                    if (m instanceof ClientHello hello) {
                        offered = offered.appendAll(extensions(hello.extensions()).filter(e -> e instanceof KeyShareClientHello)
                                .flatMap(e -> ((KeyShareClientHello) e).clientShares()));
                    }
                }
                for (HandshakeMessage m : decoded(c, conn, Captures.Side.SERVER)) {
                    if (m instanceof ServerHello hello) {
                        chosen = chosen.appendAll(extensions(hello.extensions()).filter(e -> e instanceof KeyShareServerHello)
                                .map(e -> ((KeyShareServerHello) e).serverShare()));
                    }
                }
            }
            assertThat(offered).isNotEmpty();
            assertThat(chosen).isNotEmpty();
            for (KeyShareEntry entry : offered) {
                KeyExchangeGroup group = KxKat.right(KeyExchangeGroup.of(entry.group()));
                assertThat(entry.keyExchange().size()).isEqualTo(group.clientShareLength());
                KxKat.right(group.respond(entry.keyExchange(), SeededRandom.of(Bytes.utf8(c), "server")));
            }
            for (KeyShareEntry entry : chosen) {
                KeyExchangeGroup group = KxKat.right(KeyExchangeGroup.of(entry.group()));
                assertThat(entry.keyExchange().size()).isEqualTo(group.serverShareLength());
                KxKat.right(group.clientShare(SeededRandom.of(Bytes.utf8(c), "client")).finish(entry.keyExchange()));
            }
        }));
    }

    @Test
    void theRetryCaptureSharesSecp256r1AfterTheServerRefusedX25519() {
        Vector<NamedGroup> offered = decoded("tls13_hrr", 0, Captures.Side.CLIENT).filter(m -> m instanceof ClientHello)
                .flatMap(m -> extensions(((ClientHello) m).extensions()).filter(e -> e instanceof KeyShareClientHello))
                .flatMap(e -> ((KeyShareClientHello) e).clientShares().map(KeyShareEntry::group));
        assertThat(offered).containsExactly(NamedGroup.X25519, NamedGroup.SECP256R1);
    }

    @Test
    void theDheServerSendsTheRfc3526Modp2048GroupAndBothPublicValuesAreInRange() {
        String capture = "tls12_dhe_rsa_aes256_sha256";
        ServerHello hello = (ServerHello) CaptureHandshake.decode(WireContext.initial(),
                CaptureHandshake.messages(capture, 0, Captures.Side.SERVER, false).head());
        WireContext ctx = WireContext.negotiated(hello.negotiatedVersion(), hello.cipherSuite());
        ServerKeyExchangeDh ske = (ServerKeyExchangeDh) CaptureHandshake.decode(ctx, CaptureHandshake.messages(capture, 0, Captures.Side.SERVER, false)
                .find(m -> m.message().msgType().equals(HandshakeType.SERVER_KEY_EXCHANGE)).get());
        ClientKeyExchangeDh cke = (ClientKeyExchangeDh) CaptureHandshake.decode(ctx, CaptureHandshake.messages(capture, 0, Captures.Side.CLIENT, false)
                .find(m -> m.message().msgType().equals(HandshakeType.CLIENT_KEY_EXCHANGE)).get());
        DhGroup group = KxKat.right(DhGroup.explicit(ske.params().dhP(), ske.params().dhG()));
        assertThat(group.p()).isEqualTo(DhGroup.MODP_2048.p());
        assertThat(group.g()).isEqualTo(DhGroup.MODP_2048.g());
        KxKat.right(group.validatePublicValue(ske.params().dhYs()));
        KxKat.right(group.validatePublicValue(cke.dhYc().get()));
        // And a client of ours can answer the server's value in TLS 1.2 form.
        KxKat.right(group.generateKeyPair(SeededRandom.of(Bytes.utf8(capture), "client")).sharedSecret(ske.params().dhYs(),
                org.tlscodec.crypto.kx.DhSecretEncoding.LEADING_ZEROS_STRIPPED));
    }

    private static Vector<HandshakeMessage> decoded(String capture, int connection, Captures.Side side) {
        return CaptureHandshake.messages(capture, connection, side, true)
                .filter(m -> m.message().msgType().equals(HandshakeType.CLIENT_HELLO) || m.message().msgType().equals(HandshakeType.SERVER_HELLO))
                .map(m -> CaptureHandshake.decode(WireContext.initial(), m));
    }

    private static Vector<Extension> extensions(io.vavr.control.Option<Vector<Extension>> extensions) {
        return extensions.getOrElse(Vector.empty());
    }
}
