package org.tlscodec.session.capture;

import org.tlscodec.codec.Bytes;

/**
 * A TCP segment as a frame carried it (RFC 9293 section 3.1): the frame it came in, its endpoints,
 * sequence and acknowledgment numbers (unsigned 32-bit), control bits and payload. When the frame
 * was captured short of what the IP header announced, {@link #truncated()} is true and the payload
 * holds only the captured bytes.
 */
public record TcpSegment(
        int frame,
        long timestampNanos,
        Endpoint source,
        Endpoint destination,
        long sequence,
        long acknowledgment,
        int flags,
        Bytes payload,
        boolean truncated) {
    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;

    /** A segment to write: frame 0, not truncated. */
    public static TcpSegment of(long timestampNanos, Endpoint source, Endpoint destination, long sequence,
                                long acknowledgment, int flags, Bytes payload) {
        return new TcpSegment(0, timestampNanos, source, destination, sequence & 0xffffffffL,
                acknowledgment & 0xffffffffL, flags, payload, false);
    }

    public boolean syn() {
        return (flags & SYN) != 0;
    }

    public boolean fin() {
        return (flags & FIN) != 0;
    }

    public boolean rst() {
        return (flags & RST) != 0;
    }

    public boolean ack() {
        return (flags & ACK) != 0;
    }

    /** This segment with another payload and sequence number (the same frame, endpoints and flags). */
    public TcpSegment withPayload(long newSequence, Bytes newPayload) {
        return new TcpSegment(frame, timestampNanos, source, destination, newSequence & 0xffffffffL,
                acknowledgment, flags, newPayload, truncated);
    }
}
