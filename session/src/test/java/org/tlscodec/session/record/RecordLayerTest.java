package org.tlscodec.session.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.session.state.State;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/** The record step on plaintext records: handshake messages across records, several per record, and protection not yet in force. */
class RecordLayerTest {

    /** RFC 8448 section 3, "{client} construct a ClientHello handshake message". */
    private static final Bytes CLIENT_HELLO = Bytes.fromHex("010000c00303cb34ecb1e78163ba1c38c6dacb196a6dffa21a8d9912ec18a2ef6283024dece7000006130113031302010000910000000b0009000006736572766572ff01000100000a00140012001d0017001800190100010101020103010400230000003300260024001d002099381de560e4bd43d23d8e435a7dbafeb3c06e51c13cae4d5413691e529aaf2c002b0003020304000d0020001e040305030603020308040805080604010501060102010402050206020202002d00020101001c00024001");

    private static TLSPlaintext handshakeRecord(Bytes fragment) {
        return new TLSPlaintext(ContentType.HANDSHAKE, ProtocolVersion.TLS_1_0, fragment);
    }

    private static State.Step<TlsSession, Vector<ReadRecord>> readAll(Vector<TLSPlaintext> records) {
        return State.<TlsSession, TLSPlaintext, ReadRecord>traverse(records, r -> RecordLayer.read(ConnectionEnd.CLIENT, r))
                .run(TlsSession.start(ConnectionEnd.SERVER, KnownSecrets.none()));
    }

    @Test
    void aMessageCutOverThreeRecordsComesOutOfTheLastOneWithItsBytesAsReceived() {
        Vector<TLSPlaintext> records = Vector.of(CLIENT_HELLO.take(2), CLIENT_HELLO.slice(2, 100), CLIENT_HELLO.drop(100))
                .map(RecordLayerTest::handshakeRecord);

        State.Step<TlsSession, Vector<ReadRecord>> step = readAll(records);
        Vector<ReadRecord> read = step.result().get();

        assertThat(read.map(r -> r.contents().size())).containsExactly(0, 0, 1);
        assertThat(read.forAll(r -> r.error().isEmpty())).isTrue();
        RecordContent.HandshakeContent m = (RecordContent.HandshakeContent) read.last().contents().head();
        assertThat(m.message()).isInstanceOf(ClientHello.class);
        assertThat(m.bytes()).isEqualTo(CLIENT_HELLO);
        assertThat(step.state().transcript().messages()).containsExactly(CLIENT_HELLO);
        assertThat(step.state().readHandshakeBytes()).isEqualTo(Bytes.empty());
    }

    @Test
    void whileAMessageIsIncompleteItsBytesWaitInTheSendersBuffer() {
        State.Step<TlsSession, Vector<ReadRecord>> step = readAll(Vector.of(handshakeRecord(CLIENT_HELLO.take(50))));

        assertThat(step.state().readHandshakeBytes()).isEqualTo(CLIENT_HELLO.take(50));
        assertThat(step.state().mirror().writeHandshakeBytes()).isEqualTo(CLIENT_HELLO.take(50));
    }

    @Test
    void aHandshakeMessageThatDoesNotDecodeIsAnErrorOnItsRecordAndTheSessionGoesOn() {
        Bytes broken = Bytes.ofUnsigned(0x01, 0x00, 0x00, 0x02, 0x03, 0x03);
        State.Step<TlsSession, Vector<ReadRecord>> step = readAll(Vector.of(handshakeRecord(broken), handshakeRecord(CLIENT_HELLO)));

        assertThat(step.result().get().head().error().get().message()).startsWith("handshake message from the client");
        assertThat(step.result().get().last().error()).isEmpty();
        assertThat(step.state().log().clientHello()).isNotEmpty();
    }

    @Test
    void writingAPlaintextHandshakeGivesTheRecordAReaderReadsBack() {
        ClientHello hello = (ClientHello) org.tlscodec.tls.handshake.Handshake.codec(org.tlscodec.tls.WireContext.initial())
                .decode(CLIENT_HELLO).get();
        TlsSession client = TlsSession.start(ConnectionEnd.CLIENT, KnownSecrets.none());

        State.Step<TlsSession, Vector<TLSPlaintext>> written = RecordLayer.writeHandshake(ConnectionEnd.CLIENT, Vector.of(hello)).run(client);

        assertThat(written.result().get()).containsExactly(handshakeRecord(CLIENT_HELLO));
        assertThat(written.state().transcript()).isEqualTo(readAll(written.result().get()).state().transcript());
    }
}
