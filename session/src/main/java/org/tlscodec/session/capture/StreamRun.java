package org.tlscodec.session.capture;

import org.tlscodec.codec.Bytes;

/**
 * Contiguous bytes of one direction of a TCP connection, at {@code offset} from the start of that
 * direction's stream (the byte after the SYN, or the first byte seen when the SYN was not captured).
 */
public record StreamRun(long offset, Bytes bytes) {

    /** The offset just past the last byte. */
    public long end() {
        return offset + bytes.size();
    }

    @Override
    public String toString() {
        return "StreamRun[" + offset + ".." + end() + "]";
    }
}
