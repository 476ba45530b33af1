package org.tlscodec.session.capture;

import io.vavr.collection.Vector;

/**
 * One TCP connection of a capture, reassembled: numbered (from 0) in the order of each connection's
 * first packet, its client and server (see {@link ClientEvidence}), what each side sent, the
 * interleaving of both sides in delivery order (what a passive reader processes to see client and
 * server records in their real order), whether it carries TLS (by the bytes, on any port), the frame
 * of its first packet, and what the reassembly noted.
 */
public record TcpConnection(
        int number,
        Endpoint client,
        Endpoint server,
        ClientEvidence clientEvidence,
        TcpStream clientStream,
        TcpStream serverStream,
        Vector<StreamChunk> chunks,
        boolean tls,
        int firstFrame,
        Vector<StreamNote> notes) {

    /** What {@code side} sent. */
    public TcpStream stream(Side side) {
        return side == Side.CLIENT ? clientStream : serverStream;
    }

    /** The endpoint of {@code side}. */
    public Endpoint endpoint(Side side) {
        return side == Side.CLIENT ? client : server;
    }

    @Override
    public String toString() {
        return "TcpConnection[" + number + " " + client + " -> " + server + (tls ? " tls" : "") + ", client "
                + clientStream.size() + " bytes, server " + serverStream.size() + " bytes, " + chunks.size()
                + " chunks, " + notes.size() + " notes]";
    }
}
