package org.tlscodec.session.capture;

import org.tlscodec.codec.Bytes;

/**
 * Bytes a side's stream delivered, in the order of a TCP receiver: a chunk is delivered when all
 * the bytes before it in its direction have arrived. {@code frame} and {@code timestampNanos} are
 * those of the frame whose arrival delivered it: for bytes that arrived in order, the frame that
 * carried them; for bytes that waited behind a missing segment, the frame that filled the hole.
 * {@code offset} is the chunk's place in its side's stream.
 */
public record StreamChunk(Side side, long offset, Bytes bytes, int frame, long timestampNanos) {

    @Override
    public String toString() {
        return "StreamChunk[" + side.label() + " " + offset + ".." + (offset + bytes.size()) + " frame " + frame + "]";
    }
}
