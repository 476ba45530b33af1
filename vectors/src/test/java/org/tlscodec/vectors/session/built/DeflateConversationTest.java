package org.tlscodec.vectors.session.built;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.conversation.Conversation;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.tls.handshake.ClientKeyExchangeRsa;
import org.tlscodec.tls.handshake.ServerHelloDone;
import org.tlscodec.tls.record.RecordStream;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.CompressionMethod;
import org.tlscodec.tls.registry.ContentType;

/**
 * TLS 1.2 with compression method 1, DEFLATE (RFC 3749), built with the session's encode steps and
 * read back: every message and the application data come out; the records carry exactly what one
 * zlib stream per direction makes, with a sync flush per record.
 */
class DeflateConversationTest {
    private static final KnownSecrets KNOWN = KnownSecrets.none().withMasterSecret(Tls12Builder.MASTER_SECRET);
    private static final Bytes REQUEST = Bytes.of("GET / HTTP/1.1\r\nHost: deflate.example\r\n\r\n".repeat(3).getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    private static Bytes response() {
        StringBuilder b = new StringBuilder("HTTP/1.1 200 OK\r\n\r\n");
        for (int i = 0; b.length() < 40_000; i++) {
            b.append("line ").append(i % 97).append(" of a body that compresses well\n");
        }
        return Bytes.of(b.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static Tls12Builder build(CipherSuite suite) {
        return Tls12Builder.start(KNOWN)
                .handshake(ConnectionEnd.CLIENT, Tls12Builder.clientHello(1, Vector.of(suite), Vector.of(CompressionMethod.DEFLATE, CompressionMethod.NULL),
                        Vector.empty()))
                .handshake(ConnectionEnd.SERVER, Tls12Builder.serverHello(2, suite, CompressionMethod.DEFLATE, Vector.empty()), new ServerHelloDone())
                .handshake(ConnectionEnd.CLIENT, new ClientKeyExchangeRsa(Bytes.of(new byte[256])))
                .finish()
                .applicationData(ConnectionEnd.CLIENT, REQUEST)
                .applicationData(ConnectionEnd.SERVER, response());
    }

    @Test
    void aDeflateConversationBuiltWithTheEncodeStepsDecodesBackToItsMessagesAndData() {
        Tls12Builder built = build(CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256);
        Dissection d = Conversation.dissect(built.chunks(), KNOWN);

        assertThat(d.records().flatMap(DissectedRecord::error)).isEmpty();
        assertThat(d.session().negotiated().compression()).isEqualTo(CompressionMethod.DEFLATE);
        assertThat(d.summary().decrypted()).isTrue();
        assertThat(d.records().flatMap(DissectedRecord::contents).filter(c -> c instanceof RecordContent.HandshakeContent)
                .map(c -> ((RecordContent.HandshakeContent) c).message().msgType().name().get()))
                .containsExactly("client_hello", "server_hello", "server_hello_done", "client_key_exchange", "finished", "finished");
        assertThat(appData(d, ConnectionEnd.CLIENT)).isEqualTo(REQUEST);
        assertThat(appData(d, ConnectionEnd.SERVER)).isEqualTo(response());
        // 40 000 bytes of response in records of at most 2^14 plaintext bytes each: three records, each much smaller compressed.
        Vector<DissectedRecord> serverData = d.records().filter(r -> r.sender() == ConnectionEnd.SERVER && r.innerType().exists(ContentType.APPLICATION_DATA::equals));
        assertThat(serverData).hasSize(3);
        assertThat(serverData.map(DissectedRecord::length).sum().intValue()).isLessThan(response().size() / 4);
    }

    @Test
    void theProtectedRecordsCarryWhatZlibMakesWithASyncFlushPerRecord() {
        // TLS_RSA_WITH_NULL_SHA256: the fragment is TLSCompressed.fragment then a 32-byte HMAC, so the zlib bytes are in sight.
        Tls12Builder built = build(CipherSuite.TLS_RSA_WITH_NULL_SHA256);
        Dissection d = Conversation.dissect(built.chunks(), KNOWN);
        assertThat(d.records().flatMap(DissectedRecord::error)).isEmpty();

        for (ConnectionEnd side : ConnectionEnd.values()) {
            Vector<TLSPlaintext> sent = built.chunks().filter(c -> c.sender() == side).flatMap(c -> RecordStream.split(c.bytes()).tlsRecords());
            Vector<TLSPlaintext> protectedRecords = sent.dropWhile(r -> !r.type().equals(ContentType.CHANGE_CIPHER_SPEC)).drop(1);
            Vector<Bytes> plaintexts = d.records().filter(r -> r.sender() == side && r.protectedRecord())
                    .map(r -> r.contents().map(DeflateConversationTest::bytes).foldLeft(Bytes.empty(), Bytes::concat));
            assertThat(protectedRecords.map(r -> r.fragment().take(r.fragment().size() - 32))).as(side.name())
                    .containsExactlyElementsOf(zlib(plaintexts));
        }
    }

    private static Bytes bytes(RecordContent c) {
        return c instanceof RecordContent.HandshakeContent h ? h.bytes() : ((RecordContent.ApplicationData) c).data();
    }

    private static Bytes appData(Dissection d, ConnectionEnd side) {
        return d.records().filter(r -> r.sender() == side).flatMap(DissectedRecord::contents)
                .filter(c -> c instanceof RecordContent.ApplicationData).map(DeflateConversationTest::bytes).foldLeft(Bytes.empty(), Bytes::concat);
    }

    /** One zlib stream (java.util.zip, default level), a sync flush after each record's plaintext. */
    private static Vector<Bytes> zlib(Vector<Bytes> records) {
        Deflater d = new Deflater();
        Vector<Bytes> out = Vector.empty();
        for (Bytes r : records) {
            d.setInput(r.toArray());
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            byte[] buf = new byte[512];
            int n;
            do {
                n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
                o.write(buf, 0, n);
            } while (n == buf.length);
            out = out.append(Bytes.of(o.toByteArray()));
        }
        return out;
    }
}
