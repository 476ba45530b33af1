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
import org.tlscodec.tls.record.SSLv2Record;
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
 * <p>Each side's bytes past its last whole record wait as {@link PendingBytes}: the slices of the
 * chunks that brought them, joined (one copy, none when the chunks are adjacent slices of one
 * array) only when the record header says the record is complete; the records that lie wholly
 * inside a chunk are read as slices of it, never copied.
 *
 * @param session       the session so far
 * @param records       the records read so far
 * @param clientPending client bytes not yet a whole record, and their stream offset
 * @param serverPending server bytes not yet a whole record, and their stream offset
 */
public record Conversation(TlsSession session, Vector<DissectedRecord> records, PendingBytes clientPending,
                           PendingBytes serverPending) {

    /** The type a dissected SSL 2.0 record shows: SSL 2.0 headers have none; 0x80 is what their first byte always has set. */
    public static final ContentType SSLV2_TYPE = ContentType.of(0x80);

    /** A reader before any byte, with what is known for decryption, seeing the connection from the client's end. */
    public static Conversation start(KnownSecrets known) {
        return start(ConnectionEnd.CLIENT, known);
    }

    /** A reader whose session is {@code end}'s (a client's or a server's view: the same steps run either way). */
    public static Conversation start(ConnectionEnd end, KnownSecrets known) {
        return new Conversation(TlsSession.start(end, known), Vector.empty(), PendingBytes.none(0), PendingBytes.none(0));
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

    /** Client bytes not yet a whole record, joined (a copy when they arrived in several chunks). */
    public Bytes client() {
        return clientPending.joined();
    }

    /** Server bytes not yet a whole record, joined (a copy when they arrived in several chunks). */
    public Bytes server() {
        return serverPending.joined();
    }

    /** The client stream's offset of the first byte of {@link #client()}. */
    public long clientConsumed() {
        return clientPending.offset();
    }

    /** The server stream's offset of the first byte of {@link #server()}. */
    public long serverConsumed() {
        return serverPending.offset();
    }

    /**
     * The reader after one more chunk: every record it completes is read, in stream order. When the
     * side has bytes pending, the first record's header (which may itself lie across chunks) says
     * how many more bytes it needs: until they are all there the chunk is only kept; then the
     * pending parts and the first bytes of the chunk are joined into that one record, and the rest
     * of the chunk is read as slices of it.
     */
    public Conversation feed(Chunk chunk) {
        ConnectionEnd sender = chunk.sender();
        Bytes bytes = chunk.bytes();
        PendingBytes pending = pending(sender);
        if (bytes.isEmpty()) {
            return this;
        }
        if (pending.isEmpty()) {
            return read(sender, bytes, pending.offset());
        }
        int need = firstRecordLength(pending, bytes, sslv2(sender));
        if (need < 0 || need > pending.size() + bytes.size()) {
            return withPending(sender, pending.append(bytes));
        }
        int fromChunk = (int) (need - pending.size());
        PendingBytes.Joined joined = pending.joinedWith(bytes.take(fromChunk));
        Bytes first = joined.bytes();
        RecordStream split = split(sender, first);
        if (split.records().size() == 1 && split.records().head().end() == first.size()) {
            // a record copied out of its segments is this reader's alone: it may be decrypted in place
            return readSplit(sender, split, first, pending.offset(), joined.fresh())
                    .read(sender, bytes.drop(fromChunk), pending.offset() + first.size());
        }
        if (split.records().isEmpty() && split.error().exists(e -> !e.needsMoreInput())) {
            // the first record cannot be read whatever follows it: no record comes from this side any more
            return withPending(sender, pending.append(bytes));
        }
        // the header was not what the split read: read the joined bytes as they are
        return read(sender, pending.append(bytes).joined(), pending.offset());
    }

    /** Reads the records of {@code stream}, which starts on a record boundary at stream offset {@code offset}; the rest is pending. */
    private Conversation read(ConnectionEnd sender, Bytes stream, long offset) {
        return readSplit(sender, split(sender, stream), stream, offset, false);
    }

    /**
     * Reads the records {@code split} found in {@code stream}; {@code owned} when the stream's array
     * was made for it and nothing else reads it: the records are then opened in place
     * ({@link RecordLayer#readInPlace}), which is safe because a {@link DissectedRecord} keeps what a
     * record decoded to, never its protected bytes.
     */
    private Conversation readSplit(ConnectionEnd sender, RecordStream split, Bytes stream, long consumed, boolean owned) {
        TlsSession s = session;
        Vector<DissectedRecord> out = records;
        int used = 0;
        for (StreamRecord r : split.records()) {
            long offset = consumed + r.offset();
            used = r.end();
            if (r instanceof StreamRecord.Tls t) {
                State.Step<TlsSession, ReadRecord> step = (owned ? RecordLayer.readInPlace(sender, t.record()) : RecordLayer.read(sender, t.record()))
                        .run(s);
                s = step.state();
                int index = out.size();
                out = out.append(step.result().fold(
                        e -> failed(index, sender, offset, t.record(), e.message()),
                        read -> dissected(index, sender, offset, read)));
            } else {
                StreamRecord.SSLv2 v2 = (StreamRecord.SSLv2) r;
                State.Step<TlsSession, ReadSslV2Record> step = SslV2RecordLayer.read(sender, v2.record()).run(s);
                s = step.state();
                out = out.append(dissected(out.size(), sender, offset, step.result().get()));
            }
        }
        PendingBytes rest = PendingBytes.of(stream.drop(used), consumed + used);
        return sender == ConnectionEnd.CLIENT
                ? new Conversation(s, out, rest, serverPending)
                : new Conversation(s, out, clientPending, rest);
    }

    private PendingBytes pending(ConnectionEnd sender) {
        return sender == ConnectionEnd.CLIENT ? clientPending : serverPending;
    }

    private Conversation withPending(ConnectionEnd sender, PendingBytes p) {
        return sender == ConnectionEnd.CLIENT
                ? new Conversation(session, records, p, serverPending)
                : new Conversation(session, records, clientPending, p);
    }

    /** A side that has sent SSL 2.0 records goes on in them (its later chunks do not open like a stream). */
    private boolean sslv2(ConnectionEnd sender) {
        return session.sslv2().direction(sender).sequenceNumber() > 0;
    }

    private RecordStream split(ConnectionEnd sender, Bytes stream) {
        return sslv2(sender) ? SslV2Stream.split(stream) : RecordStream.split(stream);
    }

    /**
     * The wire length of the first pending record, by the rules {@link #split} reads it with
     * ({@link RecordStream#opensInSslV2}, {@link RecordStream#isTlsAfterSslV2},
     * {@link SSLv2Record#wireLength}, and RFC 8446 section 5.1's 5-byte TLS header with its uint16
     * length at 3); -1 while the header has not all arrived.
     */
    private static int firstRecordLength(PendingBytes pending, Bytes next, boolean sslv2) {
        int b0 = pending.byteAt(0, next);
        int b1 = pending.byteAt(1, next);
        if (b1 < 0) {
            return -1;
        }
        if (sslv2 ? !RecordStream.isTlsAfterSslV2(b0, b1) : RecordStream.opensInSslV2(b0, pending.byteAt(2, next))) {
            return SSLv2Record.wireLength(b0, b1);
        }
        int b3 = pending.byteAt(3, next);
        int b4 = pending.byteAt(4, next);
        return b4 < 0 ? -1 : TLSPlaintext.HEADER_LENGTH + (b3 << 8 | b4);
    }

    /** The dissection: records, final session, summary, and the bytes left inside a record at the end of each stream. */
    public Dissection finish() {
        Vector<String> streamErrors = Vector.empty();
        if (!clientPending.isEmpty()) {
            streamErrors = streamErrors.append("the client's stream ends inside a record: " + clientPending.size() + " bytes at offset "
                    + clientPending.offset());
        }
        if (!serverPending.isEmpty()) {
            streamErrors = streamErrors.append("the server's stream ends inside a record: " + serverPending.size() + " bytes at offset "
                    + serverPending.offset());
        }
        int errors = 0;
        boolean anyProtected = false;
        boolean allOpened = true;
        for (DissectedRecord r : records) {
            errors += r.error().isDefined() ? 1 : 0;
            anyProtected |= r.protectedRecord();
            allOpened &= !r.protectedRecord() || r.decrypted();
        }
        boolean decrypted = anyProtected && allOpened && errors == 0;
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
