package org.tlscodec.session.capture;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Bytes;

/**
 * Writes frames as a capture file, the other direction of {@link Capture#frames}: libpcap
 * (draft-ietf-opsawg-pcap sections 4 and 5) in either byte order and timestamp unit, or pcapng
 * (draft-ietf-opsawg-pcapng: one Section Header Block, an Interface Description Block per link
 * type, the Decryption Secrets Blocks, then an Enhanced Packet Block per frame, nanosecond
 * timestamps). For tests and benchmarks that build captures.
 */
public final class CaptureWriter {
    private static final long SNAP_LENGTH = 262144;

    private CaptureWriter() {
    }

    /** A libpcap file of {@code frames}, all of link type {@code link}. */
    public static Either<CaptureError, Bytes> pcap(LinkType link, ByteOrder order, TimestampPrecision precision, Vector<Frame> frames) {
        for (Frame f : frames) {
            if (!f.link().equals(link)) {
                return Either.left(new CaptureError.Unwritable("a libpcap file has one link type, " + link + "; a frame has " + f.link()));
            }
        }
        boolean little = order == ByteOrder.LITTLE_ENDIAN;
        boolean nanos = precision == TimestampPrecision.NANOSECONDS;
        ByteWriter w = new ByteWriter(24 + frames.foldLeft(0, (n, f) -> n + 16 + f.data().size()));
        put32(w, nanos ? PcapReader.MAGIC_NANOS : PcapReader.MAGIC_MICROS, little);
        put16(w, 2, little);
        put16(w, 4, little);
        put32(w, 0, little);
        put32(w, 0, little);
        put32(w, SNAP_LENGTH, little);
        put32(w, link.code(), little);
        for (Frame f : frames) {
            long t = Math.max(0, f.timestampNanos());
            put32(w, t / 1_000_000_000L, little);
            put32(w, nanos ? t % 1_000_000_000L : t % 1_000_000_000L / 1000, little);
            put32(w, f.data().size(), little);
            put32(w, f.originalLength(), little);
            w.writeBytes(f.data());
        }
        return Either.right(w.toBytes());
    }

    /** A pcapng file of {@code frames} (any link types), with {@code secrets} as Decryption Secrets Blocks before them. */
    public static Bytes pcapng(ByteOrder order, Vector<DecryptionSecrets> secrets, Vector<Frame> frames) {
        boolean little = order == ByteOrder.LITTLE_ENDIAN;
        ByteWriter w = new ByteWriter(256 + frames.foldLeft(0, (n, f) -> n + 36 + f.data().size()));
        // Section Header Block: byte-order magic, version 1.0, section length unknown (-1).
        put32(w, PcapngReader.SECTION_HEADER, little);
        put32(w, 28, little);
        put32(w, PcapngReader.BYTE_ORDER_MAGIC, little);
        put16(w, 1, little);
        put16(w, 0, little);
        put32(w, 0xffffffffL, little);
        put32(w, 0xffffffffL, little);
        put32(w, 28, little);
        List<LinkType> interfaces = new ArrayList<>();
        for (Frame f : frames) {
            if (!interfaces.contains(f.link())) {
                interfaces.add(f.link());
            }
        }
        for (LinkType link : interfaces) {
            // Interface Description Block with if_tsresol = 9 (nanoseconds) and opt_endofopt.
            put32(w, PcapngReader.INTERFACE_DESCRIPTION, little);
            put32(w, 32, little);
            put16(w, link.code(), little);
            put16(w, 0, little);
            put32(w, SNAP_LENGTH, little);
            put16(w, 9, little);
            put16(w, 1, little);
            w.writeUint32(0x09000000L);
            put32(w, 0, little);
            put32(w, 32, little);
        }
        for (DecryptionSecrets s : secrets) {
            int padded = (s.data().size() + 3) & ~3;
            int length = 20 + padded;
            put32(w, PcapngReader.DECRYPTION_SECRETS, little);
            put32(w, length, little);
            put32(w, s.secretsType(), little);
            put32(w, s.data().size(), little);
            w.writeBytes(s.data());
            pad(w, padded - s.data().size());
            put32(w, length, little);
        }
        for (Frame f : frames) {
            int padded = (f.data().size() + 3) & ~3;
            int length = 32 + padded;
            long t = Math.max(0, f.timestampNanos());
            put32(w, PcapngReader.ENHANCED_PACKET, little);
            put32(w, length, little);
            put32(w, interfaces.indexOf(f.link()), little);
            put32(w, t >>> 32, little);
            put32(w, t & 0xffffffffL, little);
            put32(w, f.data().size(), little);
            put32(w, f.originalLength(), little);
            w.writeBytes(f.data());
            pad(w, padded - f.data().size());
            put32(w, length, little);
        }
        return w.toBytes();
    }

    private static void pad(ByteWriter w, int n) {
        for (int i = 0; i < n; i++) {
            w.writeUint8(0);
        }
    }

    private static void put16(ByteWriter w, int v, boolean little) {
        w.writeUint16(little ? Integer.reverseBytes(v) >>> 16 : v);
    }

    private static void put32(ByteWriter w, long v, boolean little) {
        w.writeUint32(little ? Integer.reverseBytes((int) v) & 0xffffffffL : v & 0xffffffffL);
    }
}
