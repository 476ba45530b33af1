package org.tlscodec.session.capture;

import org.tlscodec.codec.Bytes;

/**
 * One captured packet as the file holds it: its 1-based frame number (the numbering Wireshark
 * shows), the file offset of its first captured byte, its timestamp, its link type, the captured bytes and
 * the length it had on the wire. When the capture kept fewer bytes than the packet had (a snapshot
 * length), {@link #truncated()} says so and only the captured bytes are here.
 *
 * @param timestampNanos nanoseconds since 1970-01-01T00:00Z (a pcapng Simple Packet Block has no
 *                       timestamp of its own and takes the previous packet's)
 */
public record Frame(int number, long dataOffset, long timestampNanos, LinkType link, Bytes data, long originalLength) {

    /** A frame to write: number and file offset are left 0, the original length is the data's. */
    public static Frame of(long timestampNanos, LinkType link, Bytes data) {
        return new Frame(0, 0, timestampNanos, link, data, data.size());
    }

    /** True when the capture kept fewer bytes than the packet had. */
    public boolean truncated() {
        return data.size() < originalLength;
    }
}
