package org.tlscodec.session.capture;

/**
 * Which frame a range of a direction's stream came in: {@code length} bytes from {@code offset},
 * first seen in frame {@code frame} (1-based) at {@code timestampNanos}. A retransmission never
 * takes a range over: the first frame that carried a byte is its frame.
 */
public record FrameSpan(long offset, long length, int frame, long timestampNanos) {

    /** The offset just past the range. */
    public long end() {
        return offset + length;
    }
}
