package org.tlscodec.session.conversation;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.record.ReadRecord;
import org.tlscodec.session.record.ReadSslV2Record;
import org.tlscodec.session.record.SslV2RecordLayer;
import org.tlscodec.session.record.RecordLayer;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.session.state.State;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.record.RecordStream;
import org.tlscodec.tls.record.StreamRecord;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * A passive reader of one connection: chunks of both sides in capture order and whatever secrets
 * are known in, every record decoded (and decrypted where the secrets allow) out. Each side's
 * bytes are split into records by the codec ({@link RecordStream}); each complete record goes
 * through the {@link RecordLayer} step (an SSL 2.0 record through {@link SslV2RecordLayer}), in the order records complete, with the session seen from
 * the client's end. Immutable: {@link #feed} answers a new reader.
 *
 * <pre>{@code
 * Dissection d = Conversation.dissect(chunks, KnownSecrets.of(keyLog));
 * d.summary().decrypted();
 * }</pre>
 *
 * @param session  the session so far
 * @param records  the records read so far
 * @param client   client bytes not yet a whole record
 * @param server   server bytes not yet a whole record
 * @param consumed per side, the stream offset of the first byte of {@code client} / {@code server}
 */
public record Conversation(TlsSession session, Vector<DissectedRecord> records, Bytes client, Bytes server, long clientConsumed,
                           long serverConsumed) {

    /** The type a dissected SSL 2.0 record shows: SSL 2.0 headers have none; 0x80 is what their first byte always has set. */
    public static final ContentType SSLV2_TYPE = ContentType.of(0x80);

    /** A reader before any byte, with what is known for decryption, seeing the connection from the client's end. */
    public static Conversation start(KnownSecrets known) {
        return start(ConnectionEnd.CLIENT, known);
    }

    /** A reader whose session is {@code end}'s (a client's or a server's view: the same steps run either way). */
    public static Conversation start(ConnectionEnd end, KnownSecrets known) {
        return new Conversation(TlsSession.start(end, known), Vector.empty(), Bytes.empty(), Bytes.empty(), 0, 0);
    }

    /** Reads {@code chunks} in order and finishes. */
    public static Dissection dissect(Iterable<Chunk> chunks, KnownSecrets known) {
        return dissect(ConnectionEnd.CLIENT, chunks, known);
    }

    /** Reads {@code chunks} in order with a session that is {@code end}'s, and finishes. */
    public static Dissection dissect(ConnectionEnd end, Iterable<Chunk> chunks, KnownSecrets known) {
        Conversation c = start(end, known);
        for (Chunk chunk : chunks) {
            c = c.feed(chunk);
        }
        return c.finish();
    }

    /** The reader after one more chunk: every record it completes is read. */
    public Conversation feed(Chunk chunk) {
        boolean fromClient = chunk.sender() == ConnectionEnd.CLIENT;
        Bytes buffered = (fromClient ? client : server).concat(chunk.bytes());
        long consumed = fromClient ? clientConsumed : serverConsumed;
        // A side that has sent SSL 2.0 records goes on in them (its later chunks do not open like a stream).
        boolean sslv2 = session.sslv2().direction(chunk.sender()).sequenceNumber() > 0;
        RecordStream split = sslv2 ? SslV2Stream.split(buffered) : RecordStream.split(buffered);
        TlsSession s = session;
        Vector<DissectedRecord> out = records;
        int used = 0;
        for (StreamRecord r : split.records()) {
            long offset = consumed + r.offset();
            used = r.end();
            if (r instanceof StreamRecord.Tls t) {
                State.Step<TlsSession, ReadRecord> step = RecordLayer.read(chunk.sender(), t.record()).run(s);
                s = step.state();
                int index = out.size();
                out = out.append(step.result().fold(
                        e -> failed(index, chunk.sender(), offset, t.record(), e.message()),
                        read -> dissected(index, chunk.sender(), offset, read)));
            } else {
                StreamRecord.SSLv2 v2 = (StreamRecord.SSLv2) r;
                State.Step<TlsSession, ReadSslV2Record> step = SslV2RecordLayer.read(chunk.sender(), v2.record()).run(s);
                s = step.state();
                out = out.append(dissected(out.size(), chunk.sender(), offset, step.result().get()));
            }
        }
        Bytes rest = buffered.drop(used);
        return fromClient
                ? new Conversation(s, out, rest, server, consumed + used, serverConsumed)
                : new Conversation(s, out, client, rest, clientConsumed, consumed + used);
    }

    /** The dissection: records, final session, summary, and the bytes left inside a record at the end of each stream. */
    public Dissection finish() {
        Vector<String> streamErrors = Vector.empty();
        if (!client.isEmpty()) {
            streamErrors = streamErrors.append("the client's stream ends inside a record: " + client.size() + " bytes at offset " + clientConsumed);
        }
        if (!server.isEmpty()) {
            streamErrors = streamErrors.append("the server's stream ends inside a record: " + server.size() + " bytes at offset " + serverConsumed);
        }
        int errors = records.count(r -> r.error().isDefined());
        boolean decrypted = records.exists(DissectedRecord::protectedRecord)
                && records.filter(DissectedRecord::protectedRecord).forAll(DissectedRecord::decrypted) && errors == 0;
        ConversationSummary summary = new ConversationSummary(session.negotiated().version(), session.negotiated().cipherSuite(),
                session.negotiated().serverName(), session.negotiated().alpn(), session.negotiated().resumed(), decrypted, records.size(),
                errors + streamErrors.size());
        return new Dissection(records, session, summary, streamErrors);
    }

    private static DissectedRecord dissected(int index, ConnectionEnd sender, long offset, ReadRecord r) {
        TLSPlaintext h = r.record();
        return new DissectedRecord(index, sender, offset, h.type(), h.legacyRecordVersion(), h.length(), r.protectedRecord(), r.decrypted(),
                r.innerType(), r.contents(), r.error().map(e -> e.message()));
    }

    /** An SSL 2.0 record: no content type (0x80 stands for one) and version 0x0002; its length is RECORD-LENGTH. */
    private static DissectedRecord dissected(int index, ConnectionEnd sender, long offset, ReadSslV2Record r) {
        return new DissectedRecord(index, sender, offset, SSLV2_TYPE, ProtocolVersion.SSL_2_0, r.record().data().size(), r.protectedRecord(),
                r.decrypted(), Option.none(), r.contents(), r.error().map(e -> e.message()));
    }

    private static DissectedRecord failed(int index, ConnectionEnd sender, long offset, TLSPlaintext h, String error) {
        return new DissectedRecord(index, sender, offset, h.type(), h.legacyRecordVersion(), h.length(), false, false, Option.none(),
                Vector.empty(), Option.some(error));
    }
}
