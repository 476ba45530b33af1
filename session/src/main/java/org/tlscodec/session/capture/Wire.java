package org.tlscodec.session.capture;

import org.tlscodec.codec.Bytes;

/**
 * Unsigned integers of either byte order read from {@link Bytes}: pcap and pcapng store their
 * headers in the writer's byte order (libpcap file format, draft-ietf-opsawg-pcap section 4;
 * pcapng, draft-ietf-opsawg-pcapng section 4.1), network headers are big-endian (RFC 791, RFC 8200,
 * RFC 9293). Callers check the bounds before reading.
 */
final class Wire {
    private Wire() {
    }

    static int u16be(Bytes b, int i) {
        return b.get(i) << 8 | b.get(i + 1);
    }

    static int u16(Bytes b, int i, boolean littleEndian) {
        return littleEndian ? b.get(i) | b.get(i + 1) << 8 : u16be(b, i);
    }

    static long u32be(Bytes b, int i) {
        return (long) b.get(i) << 24 | b.get(i + 1) << 16 | b.get(i + 2) << 8 | b.get(i + 3);
    }

    static long u32(Bytes b, int i, boolean littleEndian) {
        return littleEndian
                ? (long) b.get(i + 3) << 24 | b.get(i + 2) << 16 | b.get(i + 1) << 8 | b.get(i)
                : u32be(b, i);
    }

    /** A 64-bit value as two 32-bit halves in the given order (the caller treats it as unsigned). */
    static long u64(Bytes b, int i, boolean littleEndian) {
        return littleEndian
                ? u32(b, i + 4, true) << 32 | u32(b, i, true)
                : u32be(b, i) << 32 | u32be(b, i + 4);
    }

    /** {@code a * b} for non-negative values, or {@link Long#MAX_VALUE} when it would overflow. */
    static long saturatingMultiply(long a, long b) {
        if (a < 0 || b < 0) {
            return Long.MAX_VALUE;
        }
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high != 0 || low < 0 ? Long.MAX_VALUE : low;
    }

    static long saturatingAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : r;
    }
}
