package org.tlscodec.session.capture;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.tlscodec.codec.Bytes;

/**
 * One pass over a capture file: each frame, as the file reader hands it over, has its link, IP and
 * TCP headers read and its segment given to the {@link Reassembly}, which delivers the connection's
 * bytes to the reader's fold as soon as they are contiguous. Nothing is kept per frame but what
 * the reassembly keeps (the payload slices it has placed).
 *
 * <p>The common frame (Ethernet without VLAN tags, Linux SLL or SLL2, raw IP; IPv4 without
 * fragmentation or IPv6 with TCP as the next header; a TCP header whose data offset fits; RFC 791
 * section 3.1, RFC 8200 section 3, RFC 9293 section 3.1) is read here with plain reads at offsets
 * into the file, making no object but the payload's slice. Any other frame, or one whose headers
 * are wrong, goes through {@link Packets}, which says what is wrong and takes the unusual layouts,
 * so errors and notes are those of {@link Capture#read} on the same frames.
 *
 * <p>Segments must reach the reassembly in capture order (timestamp, then frame number). The pass
 * checks each frame's timestamp against the previous one and stops at the first that goes back;
 * {@link Capture#fold} then reads the file again through the sorting path.
 */
final class StreamingRead implements FrameSink {
    private static final int TCP = 6;

    private final Bytes file;
    private final Reassembly reassembly;
    private final List<CaptureError> errors = new ArrayList<>();
    private final List<CaptureNote> notes = new ArrayList<>();
    private final TreeMap<Integer, Integer> unsupported = new TreeMap<>();
    private int frames;
    private long lastTimestamp = Long.MIN_VALUE;
    private LinkType lastLink = new LinkType(-1);
    private boolean lastSupported;
    private boolean outOfOrder;

    private StreamingRead(Bytes file, ConnectionFold<?, ?> fold) {
        this.file = file;
        this.reassembly = new Reassembly(fold);
    }

    /** The file folded in one pass; none when its frames are not in time order (then the caller sorts). */
    static <R> Option<CaptureFold<R>> fold(Bytes file, boolean pcapng, ConnectionFold<?, R> fold) {
        StreamingRead s = new StreamingRead(file, fold);
        FileReading r = pcapng ? PcapngReader.read(file, s) : PcapReader.read(file, s);
        if (s.outOfOrder) {
            return Option.none();
        }
        List<CaptureNote> allNotes = new ArrayList<>(r.notes().toJavaList());
        allNotes.addAll(s.notes);
        Capture.unsupportedLinkNotes(s.unsupported, allNotes);
        List<CaptureError> allErrors = new ArrayList<>(s.errors);
        allErrors.addAll(r.errors().toJavaList());
        return Option.some(new CaptureFold<>(r.format(), s.frames, s.reassembly.finish(), r.secrets(), Vector.ofAll(allErrors),
                Vector.ofAll(allNotes)));
    }

    @Override
    public boolean frame(int number, int at, int captured, long timestampNanos, LinkType link, long originalLength) {
        if (timestampNanos < lastTimestamp) {
            outOfOrder = true;
            return false;
        }
        lastTimestamp = timestampNanos;
        frames++;
        if (link != lastLink) {
            lastLink = link;
            lastSupported = link.supported();
        }
        if (!lastSupported) {
            unsupported.merge(link.code(), 1, Integer::sum);
            return true;
        }
        if (!fast(number, at, at + captured, timestampNanos, link.code())) {
            Frame f = new Frame(number, at, timestampNanos, link, file.slice(at, at + captured), originalLength);
            Either<CaptureError, Option<TcpSegment>> s = Packets.tcpSegment(f, notes);
            if (s.isLeft()) {
                errors.add(s.getLeft());
            } else if (s.get().isDefined()) {
                reassembly.segment(s.get().get());
            }
        }
        return true;
    }

    /** Reads the common layouts; false when {@link Packets} must look at the frame. */
    private boolean fast(int number, int from, int to, long ts, int linkCode) {
        Bytes d = file;
        int ip;
        int version;
        switch (linkCode) {
            case 1: { // Ethernet: destination, source, EtherType
                if (to - from < 14) {
                    return false;
                }
                ip = from + 14;
                version = etherTypeVersion(u16(d, from + 12));
                break;
            }
            case 113: // Linux SLL: protocol type at 14
                if (to - from < 16) {
                    return false;
                }
                ip = from + 16;
                version = etherTypeVersion(u16(d, from + 14));
                break;
            case 276: // Linux SLL2: protocol type first
                if (to - from < 20) {
                    return false;
                }
                ip = from + 20;
                version = etherTypeVersion(u16(d, from));
                break;
            case 228:
                ip = from;
                version = 4;
                break;
            case 229:
                ip = from;
                version = 6;
                break;
            default:
                return false;
        }
        if (version == 4) {
            return ipv4(number, d, ip, to, ts);
        }
        if (version == 6) {
            return ipv6(number, d, ip, to, ts);
        }
        return false;
    }

    /** 4 or 6 for an IP EtherType; 0 for anything else (VLAN tags, ARP, ...: left to Packets). */
    private static int etherTypeVersion(int type) {
        return type == 0x0800 ? 4 : type == 0x86dd ? 6 : 0;
    }

    private boolean ipv4(int number, Bytes d, int ip, int to, long ts) {
        if (to - ip < 20) {
            return false;
        }
        int first = d.get(ip);
        int headerLength = (first & 0xf) * 4;
        if (first >>> 4 != 4 || headerLength < 20 || headerLength > to - ip) {
            return false;
        }
        int total = u16(d, ip + 2);
        if (total < headerLength || (u16(d, ip + 6) & 0x3fff) != 0) {
            return false; // offloaded length 0, a bad length, a fragment
        }
        if (d.get(ip + 9) != TCP) {
            return true; // not TCP: nothing to read
        }
        int end = Math.min(ip + total, to);
        return tcp(number, d, ip + headerLength, end, ip + 12, ip + 16, 4, ts);
    }

    private boolean ipv6(int number, Bytes d, int ip, int to, long ts) {
        if (to - ip < 40 || d.get(ip) >>> 4 != 6 || d.get(ip + 6) != TCP) {
            return false; // extension headers are walked by Packets
        }
        int payload = u16(d, ip + 4);
        if (payload == 0) {
            return false;
        }
        int end = Math.min(ip + 40 + payload, to);
        return tcp(number, d, ip + 40, end, ip + 8, ip + 24, 16, ts);
    }

    private boolean tcp(int number, Bytes d, int at, int end, int source, int destination, int addressLength, long ts) {
        if (end - at < 20) {
            return false;
        }
        int offset = (d.get(at + 12) >>> 4) * 4;
        if (offset < 20 || offset > end - at) {
            return false;
        }
        int flags = d.get(at + 13) | (d.get(at + 12) & 1) << 8;
        long sequence = (long) u16(d, at + 4) << 16 | u16(d, at + 6);
        Bytes payload = at + offset == end ? Bytes.empty() : d.slice(at + offset, end);
        reassembly.segment(d, source, d, destination, addressLength, u16(d, at), u16(d, at + 2), sequence, flags, payload, number, ts);
        return true;
    }

    private static int u16(Bytes b, int i) {
        return b.get(i) << 8 | b.get(i + 1);
    }
}
