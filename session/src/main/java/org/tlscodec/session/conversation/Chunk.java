package org.tlscodec.session.conversation;

import org.tlscodec.codec.Bytes;
import org.tlscodec.session.state.ConnectionEnd;

/**
 * Bytes one side sent, as a capture delivers them (a TCP segment's payload, or any cut of the
 * stream): chunks of one side in stream order, both sides interleaved in capture order.
 */
public record Chunk(ConnectionEnd sender, Bytes bytes) {

    public static Chunk fromClient(Bytes bytes) {
        return new Chunk(ConnectionEnd.CLIENT, bytes);
    }

    public static Chunk fromServer(Bytes bytes) {
        return new Chunk(ConnectionEnd.SERVER, bytes);
    }
}
