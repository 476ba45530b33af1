package org.tlscodec.vectors.session.built;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.conversation.Conversation;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.record.RecordLayer;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.MaxFragmentLengthExtension;
import org.tlscodec.tls.extension.RecordSizeLimit;
import org.tlscodec.tls.handshake.ClientKeyExchangeRsa;
import org.tlscodec.tls.handshake.ServerHelloDone;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.CompressionMethod;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.MaxFragmentLength;

/**
 * record_size_limit (RFC 8449) and max_fragment_length (RFC 6066 section 4) on built TLS 1.2
 * conversations: the writer splits to the peer's limit, the reader takes those records, and a
 * record over the negotiated limit is an error on that record (record_overflow) while the rest
 * still comes.
 */
class RecordLimitsConversationTest {
    private static final KnownSecrets KNOWN = KnownSecrets.none().withMasterSecret(Tls12Builder.MASTER_SECRET);
    private static final CipherSuite SUITE = CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA;

    private static Tls12Builder handshake(Vector<Extension> client, Vector<Extension> server) {
        return Tls12Builder.start(KNOWN)
                .handshake(ConnectionEnd.CLIENT, Tls12Builder.clientHello(3, Vector.of(SUITE), Vector.of(CompressionMethod.NULL), client))
                .handshake(ConnectionEnd.SERVER, Tls12Builder.serverHello(4, SUITE, CompressionMethod.NULL, server), new ServerHelloDone())
                .handshake(ConnectionEnd.CLIENT, new ClientKeyExchangeRsa(Bytes.of(new byte[128])))
                .finish();
    }

    private static Bytes data(int size, int seed) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return Bytes.of(b);
    }

    private static Vector<DissectedRecord> dataRecords(Dissection d, ConnectionEnd side) {
        return d.records().filter(r -> r.sender() == side && r.innerType().exists(ContentType.APPLICATION_DATA::equals));
    }

    private static Bytes joined(Vector<DissectedRecord> records) {
        return records.flatMap(DissectedRecord::contents).map(c -> ((org.tlscodec.session.record.RecordContent.ApplicationData) c).data())
                .foldLeft(Bytes.empty(), Bytes::concat);
    }

    @Test
    void eachSideSplitsToThePeersRecordSizeLimitAndTheReaderTakesThem() {
        Tls12Builder b = handshake(Vector.of(new RecordSizeLimit(1000)), Vector.of(new RecordSizeLimit(2000)))
                .applicationData(ConnectionEnd.CLIENT, data(5000, 1))
                .applicationData(ConnectionEnd.SERVER, data(5000, 2));
        Dissection d = Conversation.dissect(b.chunks(), KNOWN);

        assertThat(d.records().flatMap(DissectedRecord::error)).isEmpty();
        // The server takes records of up to 2000 bytes of plaintext, the client up to 1000.
        assertThat(dataRecords(d, ConnectionEnd.CLIENT).map(r -> r.contents().size())).hasSize(3);
        assertThat(dataRecords(d, ConnectionEnd.SERVER)).hasSize(5);
        assertThat(joined(dataRecords(d, ConnectionEnd.CLIENT))).isEqualTo(data(5000, 1));
        assertThat(joined(dataRecords(d, ConnectionEnd.SERVER))).isEqualTo(data(5000, 2));
        assertThat(d.session().negotiated().clientRecordSizeLimit()).contains(1000);
        assertThat(d.session().negotiated().serverRecordSizeLimit()).contains(2000);
    }

    @Test
    void aRecordOverTheNegotiatedLimitIsRecordOverflowOnThatRecordAndTheRestStillComes() {
        Tls12Builder b = handshake(Vector.of(new RecordSizeLimit(1000)), Vector.of(new RecordSizeLimit(2000)))
                .sendAsIf(s -> s.withNegotiated(s.negotiated().withRecordSizeLimits(Option.none(), Option.none())), ConnectionEnd.CLIENT,
                        RecordLayer.write(ConnectionEnd.CLIENT, ContentType.APPLICATION_DATA, data(2001, 3)))
                .applicationData(ConnectionEnd.CLIENT, data(10, 4));
        Dissection d = Conversation.dissect(b.chunks(), KNOWN);

        Vector<DissectedRecord> sent = dataRecords(d, ConnectionEnd.CLIENT);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).error().get()).contains("record_overflow").contains("2001").contains("2000");
        assertThat(sent.get(1).error()).isEmpty();
        assertThat(joined(sent.drop(1))).isEqualTo(data(10, 4));
    }

    @Test
    void aClientsRecordSizeLimitTheServerDidNotAnswerBindsNothing() {
        Tls12Builder b = handshake(Vector.of(new RecordSizeLimit(1000)), Vector.empty())
                .applicationData(ConnectionEnd.SERVER, data(16384, 5));
        Dissection d = Conversation.dissect(b.chunks(), KNOWN);

        assertThat(d.records().flatMap(DissectedRecord::error)).isEmpty();
        assertThat(dataRecords(d, ConnectionEnd.SERVER)).hasSize(1);
        assertThat(d.session().negotiated().clientRecordSizeLimit()).isEmpty();
    }

    @Test
    void anEchoedMaxFragmentLengthBoundsBothDirectionsOnWriteAndOnRead() {
        Vector<Extension> mfl = Vector.of(new MaxFragmentLengthExtension(MaxFragmentLength.X2_9));
        Tls12Builder b = handshake(mfl, mfl)
                .applicationData(ConnectionEnd.CLIENT, data(1500, 6))
                .sendAsIf(s -> s.withNegotiated(s.negotiated().withRecordSizeLimits(Option.none(), Option.none())), ConnectionEnd.SERVER,
                        RecordLayer.write(ConnectionEnd.SERVER, ContentType.APPLICATION_DATA, data(513, 7)))
                .applicationData(ConnectionEnd.SERVER, data(512, 8));
        Dissection d = Conversation.dissect(b.chunks(), KNOWN);

        assertThat(dataRecords(d, ConnectionEnd.CLIENT)).hasSize(3);
        assertThat(dataRecords(d, ConnectionEnd.CLIENT).flatMap(DissectedRecord::error)).isEmpty();
        assertThat(joined(dataRecords(d, ConnectionEnd.CLIENT))).isEqualTo(data(1500, 6));
        Vector<DissectedRecord> server = dataRecords(d, ConnectionEnd.SERVER);
        assertThat(server.get(0).error().get()).contains("record_overflow").contains("513").contains("512");
        assertThat(server.get(1).error()).isEmpty();
    }
}
