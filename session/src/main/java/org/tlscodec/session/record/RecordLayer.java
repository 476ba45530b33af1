package org.tlscodec.session.record;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.crypto.cipher.CipherError;
import org.tlscodec.crypto.cipher.RecordProtection;
import org.tlscodec.session.handshake.HandshakeSteps;
import org.tlscodec.session.state.ConnState;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.DeflateCompression;
import org.tlscodec.session.state.Epoch;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.State;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.record.Alert;
import org.tlscodec.tls.record.ChangeCipherSpec;
import org.tlscodec.tls.record.HandshakeReassembly;
import org.tlscodec.tls.record.ReassembledHandshake;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * The record-layer step (DESIGN.md section 4; RFC 8446 section 5, RFC 5246 section 6.2).
 *
 * <p><b>Reading</b> a record {@code sender} wrote: it is protected when the sender's current
 * state protects records (TLS 1.3: only records whose outer type is application_data, section
 * 5: ChangeCipherSpec stays plaintext). It is opened with that state, whose sequence number
 * advances (also when the keys are unknown, or the record fails to open: nothing is skipped). With
 * DEFLATE negotiated (RFC 3749) the opened fragment is decompressed with the direction's zlib stream
 * ({@link DeflateCompression}; bounded: never more than 2^14 bytes out), and a fragment is
 * compressed before sealing. Its plaintext is decoded by content type: handshake fragments join the sender's pending bytes and
 * every message completed goes through its {@link HandshakeSteps step} (which may change keys);
 * ChangeCipherSpec makes the sender's pending state current before TLS 1.3; alerts and application
 * data come out as values. Errors stay on the record ({@link ReadRecord#error()}); the session goes on.
 *
 * <p><b>Writing</b> is the same step the other way: content is cut into fragments of at most
 * 2^14 bytes (or the peer's record_size_limit, RFC 8449), each sealed with the sender's current
 * state. Handshake messages written together ({@link #writeHandshake}) go through their steps and
 * are sealed with the state in force before them, as a reader opens them.
 */
public final class RecordLayer {
    private static final int MAX_FRAGMENT = 1 << 14;

    private RecordLayer() {
    }

    /** Reads one record {@code sender} wrote. Never fails as a step: a failure is the record's {@link ReadRecord#error()}. */
    public static State<TlsSession, ReadRecord> read(ConnectionEnd sender, TLSPlaintext record) {
        return read(sender, record, false);
    }

    /**
     * As {@link #read}, for a record whose fragment lies in an array made for it that nothing reads
     * again once it is read: its plaintext may be written over its ciphertext
     * ({@link RecordProtection#openInPlace}), saving an array the record's size. The answer's
     * {@link ReadRecord#record()} then holds the plaintext where the ciphertext was. For a reader that
     * keeps only what the answer decoded (the conversation, for a record it joined from the segments
     * that brought it).
     */
    public static State<TlsSession, ReadRecord> readInPlace(ConnectionEnd sender, TLSPlaintext record) {
        return read(sender, record, true);
    }

    private static State<TlsSession, ReadRecord> read(ConnectionEnd sender, TLSPlaintext record, boolean inPlace) {
        return s -> {
            ConnState conn = s.current(sender);
            boolean isProtected = conn.protectsRecords()
                    && (conn.epoch() == Epoch.CIPHER_SPEC || record.type().equals(ContentType.APPLICATION_DATA));
            if (!isProtected) {
                ReadRecord r = new ReadRecord(record, false, false, Option.some(record.type()), Option.some(record.fragment()), Vector.empty(),
                        Option.none());
                return content(s, sender, r, record.type(), record.fragment());
            }
            if (!conn.canOpen()) {
                return State.Step.of(s.withCurrent(sender, conn.counted()),
                        new ReadRecord(record, true, false, Option.none(), Option.none(), Vector.empty(), Option.none()));
            }
            RecordProtection protection = conn.protection().get();
            Either<CipherError, RecordProtection.Opened> opened = inPlace
                    ? protection.openInPlace(conn.sequenceNumber(), record.type(), record.legacyRecordVersion(), record.fragment())
                    : protection.open(conn.sequenceNumber(), record.type(), record.legacyRecordVersion(), record.fragment());
            if (opened.isLeft()) {
                SessionError e = opened.getLeft() instanceof CipherError.BadRecordMac
                        ? new SessionError.BadRecordMac("the record does not open with the " + conn.epoch() + " keys at sequence number "
                                + conn.sequenceNumber())
                        : SessionError.crypto(opened.getLeft().message());
                return State.Step.of(s.withCurrent(sender, conn.counted()),
                        new ReadRecord(record, true, false, Option.none(), Option.none(), Vector.empty(), Option.some(e)));
            }
            RecordProtection.Opened o = opened.get();
            ConnState after = conn.advanced(o.next());
            Bytes plaintext = o.bytes();
            if (conn.compression().isDefined()) {
                Either<SessionError, DeflateCompression.Result> inflated = conn.compression().get().decompress(plaintext);
                if (inflated.isLeft()) {
                    return State.Step.of(s.withCurrent(sender, after), new ReadRecord(record, true, true, Option.some(o.type()), Option.none(),
                            Vector.empty(), Option.some(inflated.getLeft())));
                }
                plaintext = inflated.get().bytes();
                after = after.withCompression(Option.some(inflated.get().next()));
            }
            TlsSession next = s.withCurrent(sender, after);
            ReadRecord r = new ReadRecord(record, true, true, Option.some(o.type()), Option.some(plaintext), Vector.empty(), Option.none());
            int limit = recordSizeLimit(s, sender);
            int size = plaintext.size() + (s.negotiated().tls13() ? 1 : 0);
            if (size > limit) {
                r = r.withError(SessionError.protocol("record_overflow: " + size + " bytes of plaintext, the limit is " + limit));
            }
            return content(next, sender, r, o.type(), plaintext);
        };
    }

    /** The plaintext's content, decoded by type. */
    private static State.Step<TlsSession, ReadRecord> content(TlsSession s, ConnectionEnd sender, ReadRecord r, ContentType type, Bytes plaintext) {
        if (type.equals(ContentType.HANDSHAKE)) {
            return handshake(s, sender, r, plaintext);
        }
        if (type.equals(ContentType.CHANGE_CIPHER_SPEC)) {
            Either<CodecError, ChangeCipherSpec> ccs = ChangeCipherSpec.CODEC.decode(plaintext);
            if (ccs.isLeft()) {
                return State.Step.of(s, r.withError(SessionError.decoding("change_cipher_spec", ccs.getLeft())));
            }
            // Before TLS 1.3 the sender's pending state becomes current (RFC 5246 section 7.1);
            // a TLS 1.3 ChangeCipherSpec changes nothing (RFC 8446 appendix D.4).
            boolean legacy = s.negotiated().version().isDefined() && !s.negotiated().tls13();
            TlsSession next = legacy ? s.activatePending(sender, Epoch.CIPHER_SPEC) : s;
            return State.Step.of(next, r.withContent(new RecordContent.ChangeCipherSpecContent(ccs.get())));
        }
        if (type.equals(ContentType.ALERT)) {
            Either<CodecError, Alert> alert = Alert.CODEC.decode(plaintext);
            return State.Step.of(s, alert.isLeft() ? r.withError(SessionError.decoding("alert", alert.getLeft()))
                    : r.withContent(new RecordContent.AlertContent(alert.get())));
        }
        if (type.equals(ContentType.APPLICATION_DATA)) {
            return State.Step.of(s, r.withContent(new RecordContent.ApplicationData(plaintext)));
        }
        return State.Step.of(s, r.withContent(new RecordContent.OtherContent(type, plaintext)));
    }

    /** Handshake fragments: joined to the sender's pending bytes; every complete message goes through its step. */
    private static State.Step<TlsSession, ReadRecord> handshake(TlsSession s, ConnectionEnd sender, ReadRecord r, Bytes plaintext) {
        HandshakeReassembly joined = HandshakeReassembly.reassemble(Vector.of(s.handshakeBytes(sender), plaintext));
        TlsSession state = s.withHandshakeBytes(sender, Bytes.empty());
        ReadRecord out = r;
        for (ReassembledHandshake m : joined.messages()) {
            State.Step<TlsSession, HandshakeMessage> step = HandshakeSteps.read(sender, m.bytes()).run(state);
            state = step.state();
            if (step.result().isLeft()) {
                return State.Step.of(state, out.withError(step.result().getLeft()));
            }
            out = out.withContent(new RecordContent.HandshakeContent(step.result().get(), m.bytes()));
        }
        if (joined.error().isDefined() && !joined.error().get().needsMoreInput()) {
            return State.Step.of(state, out.withError(SessionError.decoding("handshake framing", joined.error().get())));
        }
        return State.Step.of(state.withHandshakeBytes(sender, joined.leftover()), out);
    }

    /**
     * Writes {@code content} of {@code type} as {@code sender}: fragments sealed with its current
     * state, which advances. Answers the records.
     */
    public static State<TlsSession, Vector<TLSPlaintext>> write(ConnectionEnd sender, ContentType type, Bytes content) {
        return s -> seal(s.current(sender), s, sender, type, content)
                .fold(e -> State.Step.failed(s, e), t -> State.Step.of(s.withCurrent(sender, t._1), t._2));
    }

    /** A ChangeCipherSpec from {@code sender}, then (before TLS 1.3) its pending state made current, as a reader does. */
    public static State<TlsSession, Vector<TLSPlaintext>> writeChangeCipherSpec(ConnectionEnd sender) {
        return write(sender, ContentType.CHANGE_CIPHER_SPEC, Bytes.ofUnsigned(1)).flatMap(records -> s -> {
            boolean legacy = s.negotiated().version().isDefined() && !s.negotiated().tls13();
            return State.Step.of(legacy ? s.activatePending(sender, Epoch.CIPHER_SPEC) : s, records);
        });
    }

    /**
     * Writes handshake messages {@code sender} sends together: each goes through its step, and
     * their bytes are sealed with the sender's state as it was before them (a key change one of
     * them makes applies to the records after these).
     */
    public static State<TlsSession, Vector<TLSPlaintext>> writeHandshake(ConnectionEnd sender, Vector<? extends HandshakeMessage> messages) {
        return writeFlight(sender, State.<TlsSession, HandshakeMessage, Bytes>traverse(messages, m -> HandshakeSteps.write(sender, m)));
    }

    /**
     * Writes a flight whose messages a computation writes (through their steps, e.g. with a
     * Finished computed from the session once the messages before it are in): the bytes it answers
     * are sealed with the sender's state as it was before the flight.
     */
    public static State<TlsSession, Vector<TLSPlaintext>> writeFlight(ConnectionEnd sender, State<TlsSession, Vector<Bytes>> messages) {
        return s0 -> {
            ConnState before = s0.current(sender);
            State.Step<TlsSession, Vector<Bytes>> written = messages.run(s0);
            if (written.result().isLeft()) {
                return State.Step.failed(written.state(), written.result().getLeft());
            }
            TlsSession s1 = written.state();
            Bytes bytes = written.result().get().foldLeft(Bytes.empty(), Bytes::concat);
            return seal(before, s1, sender, ContentType.HANDSHAKE, bytes).fold(e -> State.Step.failed(s1, e), t -> {
                boolean sameEpoch = s1.current(sender).equals(before);
                return State.Step.of(sameEpoch ? s1.withCurrent(sender, t._1) : s1, t._2);
            });
        };
    }

    /** Fragments sealed with {@code conn}: the state after them and the records; versions from {@code s}. */
    private static Either<SessionError, Tuple2<ConnState, Vector<TLSPlaintext>>> seal(ConnState conn, TlsSession s, ConnectionEnd sender,
                                                                                       ContentType type, Bytes content) {
        int max = conn.protectsRecords() ? Math.min(MAX_FRAGMENT, recordSizeLimit(s, sender) - (s.negotiated().tls13() ? 1 : 0)) : MAX_FRAGMENT;
        ProtocolVersion version = recordVersion(s, conn);
        Vector<TLSPlaintext> records = Vector.empty();
        ConnState c = conn;
        int at = 0;
        do {
            Bytes fragment = content.slice(at, Math.min(content.size(), at + Math.max(1, max)));
            at += fragment.size();
            // A TLS 1.3 ChangeCipherSpec is never protected (RFC 8446 section 5).
            if (!c.protectsRecords() || isTls13Epoch(c) && type.equals(ContentType.CHANGE_CIPHER_SPEC)) {
                records = records.append(new TLSPlaintext(type, version, fragment));
                continue;
            }
            if (!c.canOpen()) {
                return Either.left(SessionError.protocol("the " + c.epoch() + " keys of the " + sender.name().toLowerCase(java.util.Locale.ROOT)
                        + " are not known: cannot seal"));
            }
            Bytes compressed = fragment;
            Option<DeflateCompression> compression = c.compression();
            if (compression.isDefined()) {
                Either<SessionError, DeflateCompression.Result> deflated = compression.get().compress(fragment);
                if (deflated.isLeft()) {
                    return Either.left(deflated.getLeft());
                }
                compressed = deflated.get().bytes();
                compression = Option.some(deflated.get().next());
            }
            Either<CipherError, RecordProtection.Sealed> sealed = c.protection().get().seal(c.sequenceNumber(), type, version, compressed);
            if (sealed.isLeft()) {
                return Either.left(SessionError.crypto(sealed.getLeft().message()));
            }
            records = records.append(new TLSPlaintext(sealed.get().type(), version, sealed.get().bytes()));
            c = c.advanced(sealed.get().next()).withCompression(compression);
        } while (at < content.size());
        return Either.right(Tuple.of(c, records));
    }

    private static boolean isTls13Epoch(ConnState c) {
        return c.epoch() == Epoch.EARLY_DATA || c.epoch() == Epoch.HANDSHAKE || c.epoch() == Epoch.APPLICATION;
    }

    /**
     * The header's version: TLS 1.3 writes 0x0303 (0x0301 allowed for a first ClientHello, section
     * 5.1), earlier versions the negotiated one; before any ServerHello, 0x0301.
     */
    private static ProtocolVersion recordVersion(TlsSession s, ConnState conn) {
        if (isTls13Epoch(conn)) {
            return ProtocolVersion.TLS_1_2; // protected TLS 1.3 records, 0-RTT before any ServerHello included (section 5.2)
        }
        if (s.negotiated().version().isEmpty()) {
            return ProtocolVersion.TLS_1_0;
        }
        return s.negotiated().tls13() ? ProtocolVersion.TLS_1_2 : s.negotiated().version().get();
    }

    /** The largest plaintext (TLS 1.3: plus the content type) the peer of {@code sender} accepts (RFC 8449 section 4). */
    static int recordSizeLimit(TlsSession s, ConnectionEnd sender) {
        Option<Integer> limit = sender == ConnectionEnd.CLIENT ? s.negotiated().serverRecordSizeLimit() : s.negotiated().clientRecordSizeLimit();
        int rfc = MAX_FRAGMENT + (s.negotiated().tls13() ? 1 : 0);
        return limit.map(l -> Math.min(l, rfc)).getOrElse(rfc);
    }
}
