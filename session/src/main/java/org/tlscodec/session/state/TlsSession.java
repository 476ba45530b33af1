package org.tlscodec.session.state;

import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.Transcript;
import org.tlscodec.tls.WireContext;

/**
 * The immutable TLS session of DESIGN.md section 4: one end of one connection, as every step
 * (record layer, handshake message) reads and replaces it.
 *
 * <ul>
 *   <li>the connection end this session is ({@link #end}), and the current and pending read and
 *       write {@link ConnState}s (RFC 5246 section 6.1: "the current read and write states ... the
 *       pending read and write states"); TLS 1.3 has no pending state on the wire, but its client
 *       handshake keys wait as pending while 0-RTT data is still sent, and its client application
 *       keys wait until the client's Finished;</li>
 *   <li>per direction, the bytes of a handshake message still incomplete at the end of a record
 *       (RFC 8446 section 5.1: messages may span records);</li>
 *   <li>what was negotiated ({@link Negotiated}), the transcript of received message bytes
 *       ({@link Transcript}), the messages later steps read again ({@link HandshakeLog}), the
 *       secrets learnt ({@link SessionSecrets}) and what is known from outside ({@link KnownSecrets});</li>
 *   <li>for an SSL 2.0 connection, its own state ({@link SslV2State}): SSL 2.0 records have no
 *       content type and their own MAC and sequence numbers.</li>
 * </ul>
 *
 * <p>A record or message is told by its sender: the state that protects what {@code sender}
 * writes is this end's write state when {@code sender == end}, else its read state
 * ({@link #current}). So a passive reader, a client and a server run the same steps;
 * {@link #mirror()} is the same session seen from the other end.
 */
public record TlsSession(
        ConnectionEnd end,
        ConnState read,
        ConnState write,
        Option<ConnState> pendingRead,
        Option<ConnState> pendingWrite,
        Bytes readHandshakeBytes,
        Bytes writeHandshakeBytes,
        Negotiated negotiated,
        Transcript transcript,
        HandshakeLog log,
        SessionSecrets secrets,
        KnownSecrets known,
        SslV2State sslv2) {

    /** A new connection at {@code end}, before any record, with what is known for its secrets. */
    public static TlsSession start(ConnectionEnd end, KnownSecrets known) {
        return new TlsSession(end, ConnState.initial(), ConnState.initial(), Option.none(), Option.none(), Bytes.empty(), Bytes.empty(),
                Negotiated.none(), Transcript.empty(), HandshakeLog.empty(), SessionSecrets.none(), known, SslV2State.none());
    }

    /** The session seen from the other end: read and write (current, pending, buffered bytes) swap; everything else is shared. */
    public TlsSession mirror() {
        return new TlsSession(end.peer(), write, read, pendingWrite, pendingRead, writeHandshakeBytes, readHandshakeBytes,
                negotiated, transcript, log, secrets, known, sslv2);
    }

    /** The current state protecting the records {@code sender} writes. */
    public ConnState current(ConnectionEnd sender) {
        return sender == end ? write : read;
    }

    /** The pending state for the records {@code sender} writes. */
    public Option<ConnState> pending(ConnectionEnd sender) {
        return sender == end ? pendingWrite : pendingRead;
    }

    /** Bytes of an incomplete handshake message {@code sender} sent. */
    public Bytes handshakeBytes(ConnectionEnd sender) {
        return sender == end ? writeHandshakeBytes : readHandshakeBytes;
    }

    public TlsSession withCurrent(ConnectionEnd sender, ConnState state) {
        return sender == end
                ? new TlsSession(end, read, state, pendingRead, pendingWrite, readHandshakeBytes, writeHandshakeBytes, negotiated, transcript, log, secrets, known, sslv2)
                : new TlsSession(end, state, write, pendingRead, pendingWrite, readHandshakeBytes, writeHandshakeBytes, negotiated, transcript, log, secrets, known, sslv2);
    }

    public TlsSession withPending(ConnectionEnd sender, Option<ConnState> state) {
        return sender == end
                ? new TlsSession(end, read, write, pendingRead, state, readHandshakeBytes, writeHandshakeBytes, negotiated, transcript, log, secrets, known, sslv2)
                : new TlsSession(end, read, write, state, pendingWrite, readHandshakeBytes, writeHandshakeBytes, negotiated, transcript, log, secrets, known, sslv2);
    }

    public TlsSession withHandshakeBytes(ConnectionEnd sender, Bytes bytes) {
        return sender == end
                ? new TlsSession(end, read, write, pendingRead, pendingWrite, readHandshakeBytes, bytes, negotiated, transcript, log, secrets, known, sslv2)
                : new TlsSession(end, read, write, pendingRead, pendingWrite, bytes, writeHandshakeBytes, negotiated, transcript, log, secrets, known, sslv2);
    }

    /**
     * The pending state for {@code sender}'s records made current (on its ChangeCipherSpec, or at a
     * TLS 1.3 key change). With no pending state the direction still becomes protected, with keys
     * unknown, so its records stay opaque rather than being misread as plaintext.
     */
    public TlsSession activatePending(ConnectionEnd sender, Epoch epoch) {
        ConnState next = pending(sender).getOrElse(() -> ConnState.unknownKeys(epoch));
        return withCurrent(sender, next).withPending(sender, Option.none());
    }

    public TlsSession withNegotiated(Negotiated n) {
        return new TlsSession(end, read, write, pendingRead, pendingWrite, readHandshakeBytes, writeHandshakeBytes, n, transcript, log, secrets, known, sslv2);
    }

    public TlsSession withTranscript(Transcript t) {
        return new TlsSession(end, read, write, pendingRead, pendingWrite, readHandshakeBytes, writeHandshakeBytes, negotiated, t, log, secrets, known, sslv2);
    }

    public TlsSession withLog(HandshakeLog l) {
        return new TlsSession(end, read, write, pendingRead, pendingWrite, readHandshakeBytes, writeHandshakeBytes, negotiated, transcript, l, secrets, known, sslv2);
    }

    public TlsSession withSecrets(SessionSecrets s) {
        return new TlsSession(end, read, write, pendingRead, pendingWrite, readHandshakeBytes, writeHandshakeBytes, negotiated, transcript, log, s, known, sslv2);
    }

    public TlsSession withKnown(KnownSecrets k) {
        return new TlsSession(end, read, write, pendingRead, pendingWrite, readHandshakeBytes, writeHandshakeBytes, negotiated, transcript, log, secrets, k, sslv2);
    }

    /** The SSL 2.0 state (records of an SSL 2.0 connection; {@link SslV2State#none()} otherwise). */
    public TlsSession withSslV2(SslV2State v2) {
        return new TlsSession(end, read, write, pendingRead, pendingWrite, readHandshakeBytes, writeHandshakeBytes, negotiated, transcript, log, secrets, known, v2);
    }

    /**
     * What the codec needs to read the next handshake message (DESIGN.md section 3): the negotiated
     * version and suite once the ServerHello has given them, nothing before.
     */
    public WireContext wireContext() {
        WireContext c = WireContext.initial();
        if (negotiated.version().isDefined()) {
            c = c.withVersion(negotiated.version().get());
        }
        if (negotiated.cipherSuite().isDefined()) {
            c = c.withCipherSuite(negotiated.cipherSuite().get());
        }
        return c;
    }
}
