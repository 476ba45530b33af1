package org.tlscodec.vectors.session.scapy;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.conversation.Conversation;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.session.record.SslV2RecordLayer;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.session.state.State;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.ClientKeyExchangeRsa;
import org.tlscodec.tls.handshake.ServerHelloDone;
import org.tlscodec.tls.record.SSLv2Record;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.CompressionMethod;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SslV2CipherKind;
import org.tlscodec.tls.sslv2.SSLv2ClientHello;
import org.tlscodec.tls.sslv2.SSLv2Message;
import org.tlscodec.vectors.session.built.Tls12Builder;

/**
 * A TLS client's first hello in SSL 2.0 form (RFC 5246 appendix E.2: a version-2 CLIENT-HELLO
 * with version 3.1 and TLS suites as cipher kinds), answered by a TLS 1.2 server: no vector has
 * one, so it is built (the v2 hello with the SSL 2.0 codecs, the rest with the session's encode
 * steps, which take the v2 hello into their transcript as RFC 5246 appendix E.2 says) and read back.
 */
class SslV2CompatibleHelloTest {
    private static final Bytes CHALLENGE = Bytes.fromHex("00112233445566778899aabbccddeeff");
    private static final CipherSuite SUITE = CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA;

    private static SSLv2ClientHello v2Hello() {
        return new SSLv2ClientHello(ProtocolVersion.TLS_1_0, Vector.of(SslV2CipherKind.of(SUITE.code()), SslV2CipherKind.of(0x010080)),
                Bytes.empty(), CHALLENGE);
    }

    @Test
    void aVersion2ClientHelloOfferingTlsContinuesAsTlsAndDecrypts() {
        Bytes helloData = SSLv2Message.CODEC.encode(v2Hello()).get();
        Bytes helloRecord = SSLv2Record.CODEC.encode(SSLv2Record.twoByte(helloData)).get();
        ClientHello standsFor = SslV2RecordLayer.tlsClientHello(v2Hello());
        KnownSecrets known = KnownSecrets.none().withMasterSecret(Tls12Builder.MASTER_SECRET);
        Tls12Builder b = Tls12Builder.start(known);
        Tls12Builder built = withHello(b, helloData)
                .handshake(ConnectionEnd.SERVER, Tls12Builder.serverHello(7, SUITE, CompressionMethod.NULL, Vector.empty()), new ServerHelloDone())
                .handshake(ConnectionEnd.CLIENT, new ClientKeyExchangeRsa(Bytes.of(new byte[256])))
                .finish()
                .applicationData(ConnectionEnd.CLIENT, Bytes.of("GET / HTTP/1.0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        Vector<org.tlscodec.session.conversation.Chunk> chunks = built.chunks().prepend(
                new org.tlscodec.session.conversation.Chunk(ConnectionEnd.CLIENT, helloRecord));

        Dissection d = Conversation.dissect(chunks, known);

        assertThat(d.records().head().version()).isEqualTo(ProtocolVersion.SSL_2_0);
        assertThat(d.records().head().contents()).containsExactly(new RecordContent.HandshakeContent(standsFor, helloData));
        assertThat(standsFor.random().bytes()).isEqualTo(Bytes.of(new byte[16]).concat(CHALLENGE));
        assertThat(standsFor.cipherSuites()).containsExactly(SUITE);
        assertThat(d.records().forAll(r -> r.error().isEmpty())).as(d.records().toString()).isTrue();
        assertThat(d.summary().decrypted()).isTrue();
        assertThat(d.summary().version()).contains(ProtocolVersion.TLS_1_2);
        assertThat(ScapySessions.applicationData(d, ConnectionEnd.CLIENT).toArray()).asString().isEqualTo("GET / HTTP/1.0\r\n\r\n");
        assertThat(d.session().transcript().messages().head()).isEqualTo(helloData);
        assertThat(d.session().negotiated().handshakes()).isEqualTo(1);
    }

    /** The builder's session after reading the v2 hello (its records are not the builder's: the hello is sent apart). */
    private static Tls12Builder withHello(Tls12Builder b, Bytes helloData) {
        return b.send(ConnectionEnd.CLIENT, s -> {
            State.Step<TlsSession, ?> read = SslV2RecordLayer.read(ConnectionEnd.CLIENT, SSLv2Record.twoByte(helloData)).run(s);
            return State.Step.of(read.state(), Vector.empty());
        });
    }
}
