package org.tlscodec.vectors.session.built;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.conversation.Conversation;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.tls.extension.RenegotiationInfo;
import org.tlscodec.tls.handshake.ClientKeyExchangeRsa;
import org.tlscodec.tls.handshake.HelloRequest;
import org.tlscodec.tls.handshake.ServerHelloDone;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.CompressionMethod;

/**
 * Renegotiation (RFC 5246 section 7.4.1.1, RFC 5746) on a built TLS 1.2 conversation: a second
 * handshake inside the protected connection, its hellos and flights sealed under the first
 * handshake's keys, its ChangeCipherSpecs switching to the second's; renegotiation_info carrying
 * the previous Finished values, checked on read.
 */
class RenegotiationConversationTest {
    private static final KnownSecrets KNOWN = KnownSecrets.none().withMasterSecret(Tls12Builder.MASTER_SECRET);
    private static final CipherSuite FIRST = CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA;
    private static final CipherSuite SECOND = CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256;

    private static Bytes text(String s) {
        return Bytes.of(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** A first handshake, data, a HelloRequest, then a second handshake whose hellos carry {@code clientInfo}/{@code serverInfo} (null: right values). */
    private static Tls12Builder build(boolean wrongClientInfo) {
        Tls12Builder b = Tls12Builder.start(KNOWN)
                .handshake(ConnectionEnd.CLIENT, Tls12Builder.clientHello(1, Vector.of(FIRST, SECOND), Vector.of(CompressionMethod.NULL),
                        Vector.of(new RenegotiationInfo(Bytes.empty()))))
                .handshake(ConnectionEnd.SERVER, Tls12Builder.serverHello(2, FIRST, CompressionMethod.NULL, Vector.of(new RenegotiationInfo(Bytes.empty()))),
                        new ServerHelloDone())
                .handshake(ConnectionEnd.CLIENT, new ClientKeyExchangeRsa(Bytes.of(new byte[128])))
                .finish()
                .applicationData(ConnectionEnd.CLIENT, text("before"))
                .handshake(ConnectionEnd.SERVER, new HelloRequest());
        Bytes client = b.session().log().clientVerifyData().get();
        Bytes server = b.session().log().serverVerifyData().get();
        Bytes clientInfo = wrongClientInfo ? Bytes.of(new byte[12]) : client;
        return b.handshake(ConnectionEnd.CLIENT, Tls12Builder.clientHello(3, Vector.of(SECOND), Vector.of(CompressionMethod.NULL),
                        Vector.of(new RenegotiationInfo(clientInfo))))
                .handshake(ConnectionEnd.SERVER, Tls12Builder.serverHello(4, SECOND, CompressionMethod.NULL,
                        Vector.of(new RenegotiationInfo(client.concat(server)))), new ServerHelloDone())
                .handshake(ConnectionEnd.CLIENT, new ClientKeyExchangeRsa(Bytes.of(new byte[128])))
                .finish()
                .applicationData(ConnectionEnd.CLIENT, text("after"))
                .applicationData(ConnectionEnd.SERVER, text("reply"));
    }

    @Test
    void bothHandshakesAndTheDataAfterTheRenegotiationDecrypt() {
        Dissection d = Conversation.dissect(build(false).chunks(), KNOWN);

        assertThat(d.records().flatMap(DissectedRecord::error)).isEmpty();
        assertThat(d.summary().decrypted()).isTrue();
        assertThat(d.session().negotiated().handshakes()).isEqualTo(2);
        assertThat(d.session().negotiated().cipherSuite()).contains(SECOND);
        Vector<String> messages = d.records().flatMap(DissectedRecord::contents).filter(c -> c instanceof RecordContent.HandshakeContent)
                .map(c -> ((RecordContent.HandshakeContent) c).message().msgType().name().get());
        assertThat(messages).containsExactly("client_hello", "server_hello", "server_hello_done", "client_key_exchange", "finished", "finished",
                "hello_request", "client_hello", "server_hello", "server_hello_done", "client_key_exchange", "finished", "finished");
        // The second handshake's hellos travel protected under the first handshake's keys.
        Vector<DissectedRecord> secondHellos = d.records().filter(r -> r.contents().exists(c -> c instanceof RecordContent.HandshakeContent h
                && h.message().msgType().name().contains("client_hello"))).drop(1);
        assertThat(secondHellos).hasSize(1);
        assertThat(secondHellos.head().protectedRecord() && secondHellos.head().decrypted()).isTrue();
        assertThat(d.records().flatMap(DissectedRecord::contents).filter(c -> c instanceof RecordContent.ApplicationData))
                .containsExactly(new RecordContent.ApplicationData(text("before")), new RecordContent.ApplicationData(text("after")),
                        new RecordContent.ApplicationData(text("reply")));
    }

    @Test
    void aRenegotiationInfoThatIsNotThePreviousClientVerifyDataIsAHandshakeFailureOnItsRecordForWriterAndReader() {
        Tls12Builder b = Tls12Builder.start(KNOWN)
                .handshake(ConnectionEnd.CLIENT, Tls12Builder.clientHello(1, Vector.of(FIRST), Vector.of(CompressionMethod.NULL),
                        Vector.of(new RenegotiationInfo(Bytes.empty()))))
                .handshake(ConnectionEnd.SERVER, Tls12Builder.serverHello(2, FIRST, CompressionMethod.NULL, Vector.of(new RenegotiationInfo(Bytes.empty()))),
                        new ServerHelloDone())
                .handshake(ConnectionEnd.CLIENT, new ClientKeyExchangeRsa(Bytes.of(new byte[128])))
                .finish();
        Bytes wrong = Bytes.of(new byte[12]);
        org.tlscodec.tls.handshake.ClientHello hello = Tls12Builder.clientHello(3, Vector.of(SECOND), Vector.of(CompressionMethod.NULL),
                Vector.of(new RenegotiationInfo(wrong)));
        // The writer runs the same check: it refuses this hello.
        assertThat(org.tlscodec.session.record.RecordLayer.writeHandshake(ConnectionEnd.CLIENT, Vector.of(hello)).run(b.session())
                .result().getLeft().message()).contains("renegotiation_info").contains("RFC 5746 section 3.5");
        // Written by a peer that thinks the previous client_verify_data was all zeros, it is an error on its record when read.
        org.tlscodec.session.state.HandshakeLog log = b.session().log();
        b.sendAsIf(s -> s.withLog(new org.tlscodec.session.state.HandshakeLog(log.clientHello(), log.clientHelloBytes(), log.serverHello(),
                        log.serverKeyExchange(), log.clientKeyExchangeSeen(), log.clientFinished(), log.serverFinished(), Option.some(wrong),
                        log.serverVerifyData(), log.previousVerifyData())), ConnectionEnd.CLIENT,
                org.tlscodec.session.record.RecordLayer.writeHandshake(ConnectionEnd.CLIENT, Vector.of(hello)))
                .applicationData(ConnectionEnd.SERVER, text("still read"));
        Dissection d = Conversation.dissect(b.chunks(), KNOWN);

        DissectedRecord bad = d.records().filter(r -> r.error().isDefined()).single();
        assertThat(bad.sender()).isEqualTo(ConnectionEnd.CLIENT);
        assertThat(bad.decrypted()).isTrue();
        assertThat(bad.error().get()).contains("handshake_failure").contains("renegotiation_info");
        assertThat(d.records().last().contents()).containsExactly(new RecordContent.ApplicationData(text("still read")));
    }
}
