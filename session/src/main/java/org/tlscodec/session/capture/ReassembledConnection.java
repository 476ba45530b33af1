package org.tlscodec.session.capture;

import io.vavr.collection.Vector;

/**
 * A TCP connection at the end of a capture, as a {@link ConnectionFold} closes it: what was decided
 * about it ({@link #opening()}), what the reassembly noted (gaps, conflicting retransmissions, bytes
 * outside the stream; RFC 9293 section 3.10.7.4), and each side's stream. Not a record: the streams
 * are joined only when {@link #stream} is asked for (a reader that took the chunks as they came
 * needs no copy of them), from pieces that no longer change.
 */
public final class ReassembledConnection {
    private final ConnectionOpening opening;
    private final Vector<StreamNote> notes;
    private final DirectionAssembler client;
    private final DirectionAssembler server;

    ReassembledConnection(ConnectionOpening opening, Vector<StreamNote> notes, DirectionAssembler client, DirectionAssembler server) {
        this.opening = opening;
        this.notes = notes;
        this.client = client;
        this.server = server;
    }

    /** Number, client, server, evidence, TLS look and first frame, as the chunks were fed with. */
    public ConnectionOpening opening() {
        return opening;
    }

    public int number() {
        return opening.number();
    }

    public Endpoint client() {
        return opening.client();
    }

    public Endpoint server() {
        return opening.server();
    }

    /** True when either side's stream starts like TLS. */
    public boolean tls() {
        return opening.tls();
    }

    /** The reassembly's notes: the client's, then the server's. */
    public Vector<StreamNote> notes() {
        return notes;
    }

    /** What {@code side} sent, joined into runs (a copy of the bytes) with the frame of every byte. */
    public TcpStream stream(Side side) {
        return side == Side.CLIENT ? client.stream(Side.CLIENT) : server.stream(Side.SERVER);
    }

    @Override
    public String toString() {
        return "ReassembledConnection[" + opening.number() + " " + opening.client() + " -> " + opening.server()
                + (opening.tls() ? " tls" : "") + ", " + notes.size() + " notes]";
    }
}
