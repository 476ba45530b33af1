package org.tlscodec.session.capture;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import org.tlscodec.codec.Bytes;

/**
 * From a frame's bytes to its TCP segment: the link-layer header (tcpdump.org LINKTYPE pages:
 * Ethernet with 802.1Q/802.1ad tags, Linux SLL and SLL2, BSD NULL and OpenBSD LOOP, raw IP), then
 * IPv4 (RFC 791 section 3.1; options skipped by IHL, checksum not checked) or IPv6 (RFC 8200
 * sections 3 and 4; extension headers walked to TCP), then the TCP header (RFC 9293 section 3.1;
 * options skipped by data offset). The IP length bounds the payload, so link padding and trailers
 * never reach TCP. IP fragments are not reassembled: a fragment gets a note and is skipped.
 * Checksums are not checked: captures on the sending host carry offloaded, unfinished checksums.
 *
 * <p>This is the one reader of those headers. It reads at offsets into the bytes it is given (a
 * frame's own, or the whole capture file's for the one-pass {@link StreamingRead}) and hands the
 * segment's fields to a {@link SegmentSink}, so a well-formed frame costs no object but its
 * payload's slice; only a frame that is wrong makes its {@link CaptureError}.
 */
final class Packets {
    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_IPV6 = 0x86dd;
    private static final int TCP = 6;

    private Packets() {
    }

    /**
     * What a TCP segment's fields are handed to, as they lie in the bytes read: the addresses are
     * {@code d[source, source + addressLength)} and {@code d[destination, ...)}.
     */
    @FunctionalInterface
    interface SegmentSink {
        void segment(Bytes d, int source, int destination, int addressLength, int sourcePort, int destinationPort, long sequence,
                     long acknowledgment, int flags, Bytes payload, boolean cut);
    }

    /** The frame's TCP segment; none for a frame that holds no TCP (notes say why when it matters). */
    static Either<CaptureError, Option<TcpSegment>> tcpSegment(Frame frame, List<CaptureNote> notes) {
        TcpSegment[] out = new TcpSegment[1];
        Option<CaptureError> error = read(frame.data(), 0, frame.data().size(), frame.link().code(), frame.number(), frame.dataOffset(),
                notes, (d, source, destination, length, sourcePort, destinationPort, sequence, acknowledgment, flags, payload, cut) ->
                        out[0] = new TcpSegment(frame.number(), frame.timestampNanos(),
                                new Endpoint(d.slice(source, source + length), sourcePort),
                                new Endpoint(d.slice(destination, destination + length), destinationPort),
                                sequence, acknowledgment, flags, payload, cut));
        return error.isDefined() ? Either.left(error.get()) : Either.right(Option.of(out[0]));
    }

    /**
     * Reads the frame whose bytes are {@code d[from, to)}, on link {@code link}: hands its TCP
     * segment, if it holds one, to {@code sink}; answers the error when its headers are wrong.
     *
     * @param number     the frame's number, for errors and notes
     * @param dataOffset the file offset of {@code d[from]}, for errors and notes
     */
    static Option<CaptureError> read(Bytes d, int from, int to, int link, int number, long dataOffset, List<CaptureNote> notes,
                                     SegmentSink sink) {
        int n = to - from;
        int ip;
        int version; // 4, 6, or 0 for "look at the first nibble"
        switch (link) {
            case 1: { // Ethernet
                if (n < 14) {
                    return bad(number, dataOffset, 0, "a 14-byte Ethernet header, found " + n + " bytes");
                }
                int at = from + 12;
                int type = Wire.u16be(d, at);
                while (type == 0x8100 || type == 0x88a8 || type == 0x9100) {
                    if (to < at + 6) {
                        return bad(number, dataOffset, at - from, "a 4-byte 802.1Q tag and an EtherType");
                    }
                    at += 4;
                    type = Wire.u16be(d, at);
                }
                ip = at + 2;
                version = etherTypeVersion(type);
                break;
            }
            case 113: { // Linux SLL
                if (n < 16) {
                    return bad(number, dataOffset, 0, "a 16-byte Linux cooked (SLL) header, found " + n + " bytes");
                }
                ip = from + 16;
                version = etherTypeVersion(Wire.u16be(d, from + 14));
                break;
            }
            case 276: { // Linux SLL2
                if (n < 20) {
                    return bad(number, dataOffset, 0, "a 20-byte Linux cooked v2 (SLL2) header, found " + n + " bytes");
                }
                ip = from + 20;
                version = etherTypeVersion(Wire.u16be(d, from));
                break;
            }
            case 0:
            case 108: { // BSD NULL (host byte order), OpenBSD LOOP (network byte order)
                if (n < 4) {
                    return bad(number, dataOffset, 0, "a 4-byte loopback address family, found " + n + " bytes");
                }
                ip = from + 4;
                version = familyVersion(d, from);
                break;
            }
            case 12: { // raw IP on most systems, LOOP on OpenBSD
                if (n < 1) {
                    return bad(number, dataOffset, 0, "an IP header");
                }
                int nibble = d.get(from) >>> 4;
                if (nibble == 4 || nibble == 6) {
                    ip = from;
                    version = nibble;
                } else if (n < 4) {
                    return bad(number, dataOffset, 0, "an IP header or a 4-byte loopback address family");
                } else {
                    ip = from + 4;
                    version = familyVersion(d, from);
                }
                break;
            }
            case 14:
            case 101:
                ip = from;
                version = 0;
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
                return Option.none();
        }
        if (version < 0) {
            return Option.none();
        }
        if (version == 0) {
            if (to <= ip) {
                return bad(number, dataOffset, ip - from, "an IP header");
            }
            version = d.get(ip) >>> 4;
            if (version != 4 && version != 6) {
                return bad(number, dataOffset, ip - from, "IP version 4 or 6, found " + version);
            }
        }
        return version == 4 ? ipv4(d, from, to, ip, number, dataOffset, notes, sink) : ipv6(d, from, to, ip, number, dataOffset, notes, sink);
    }

    /** 4 or 6 for an IP EtherType, -1 for anything else. */
    private static int etherTypeVersion(int type) {
        return type == ETHERTYPE_IPV4 ? 4 : type == ETHERTYPE_IPV6 ? 6 : -1;
    }

    /** The address family of a loopback header in either byte order: 2 is IPv4; 10, 23, 24, 28, 30 are IPv6 on some system. */
    private static int familyVersion(Bytes d, int at) {
        long family = Wire.u32(d, at, true);
        if (family > 0xffff) {
            family = Wire.u32be(d, at);
        }
        if (family == 2) {
            return 4;
        }
        if (family == 10 || family == 23 || family == 24 || family == 28 || family == 30) {
            return 6;
        }
        return -1;
    }

    private static Option<CaptureError> ipv4(Bytes d, int from, int to, int ip, int number, long dataOffset, List<CaptureNote> notes,
                                            SegmentSink sink) {
        if (to - ip < 20) {
            return bad(number, dataOffset, ip - from, "a 20-byte IPv4 header, found " + (to - ip) + " bytes");
        }
        if (d.get(ip) >>> 4 != 4) {
            return bad(number, dataOffset, ip - from, "IP version 4, found " + (d.get(ip) >>> 4));
        }
        int headerLength = (d.get(ip) & 0xf) * 4;
        if (headerLength < 20 || headerLength > to - ip) {
            return bad(number, dataOffset, ip - from, "an IPv4 header length of 20 bytes at least within the " + (to - ip)
                    + " captured, found " + headerLength);
        }
        int total = Wire.u16be(d, ip + 2);
        if (total == 0) {
            total = to - ip; // segmentation offload: the stack had not filled the length in yet
        } else if (total < headerLength) {
            return bad(number, dataOffset, ip + 2 - from, "an IPv4 total length of the header's " + headerLength + " bytes at least, found " + total);
        }
        int fragment = Wire.u16be(d, ip + 6);
        if ((fragment & 0x3fff) != 0) {
            notes.add(new CaptureNote(Option.some(number), dataOffset,
                    "IPv4 fragment (offset " + (fragment & 0x1fff) * 8 + ", more fragments " + ((fragment & 0x2000) != 0)
                            + ") not reassembled: skipped"));
            return Option.none();
        }
        if (d.get(ip + 9) != TCP) {
            return Option.none();
        }
        boolean cut = total > to - ip;
        int end = cut ? to : ip + total;
        return tcp(d, from, ip + headerLength, end, cut, ip + 12, ip + 16, 4, number, dataOffset, sink);
    }

    private static Option<CaptureError> ipv6(Bytes d, int from, int to, int ip, int number, long dataOffset, List<CaptureNote> notes,
                                            SegmentSink sink) {
        if (to - ip < 40) {
            return bad(number, dataOffset, ip - from, "a 40-byte IPv6 header, found " + (to - ip) + " bytes");
        }
        if (d.get(ip) >>> 4 != 6) {
            return bad(number, dataOffset, ip - from, "IP version 6, found " + (d.get(ip) >>> 4));
        }
        int payload = Wire.u16be(d, ip + 4);
        long announced = payload == 0 ? to - ip - 40 : payload; // 0: a jumbogram (RFC 2675) or offload: what was captured
        boolean cut = ip + 40 + announced > to;
        int end = (int) Math.min(ip + 40 + announced, to);
        int next = d.get(ip + 6);
        int at = ip + 40;
        while (next != TCP) {
            switch (next) {
                case 0:   // hop-by-hop options
                case 43:  // routing
                case 60:  // destination options
                case 135: // mobility
                case 139: // HIP
                case 140: { // shim6
                    if (end - at < 8) {
                        return bad(number, dataOffset, at - from, "an 8-byte IPv6 extension header (type " + next + ")");
                    }
                    int length = (d.get(at + 1) + 1) * 8;
                    if (length > end - at) {
                        return bad(number, dataOffset, at - from, "an IPv6 extension header of " + length + " bytes within the "
                                + (end - at) + " left");
                    }
                    next = d.get(at);
                    at += length;
                    break;
                }
                case 51: { // authentication header: length in 4-byte units, minus 2
                    if (end - at < 8) {
                        return bad(number, dataOffset, at - from, "an 8-byte IPv6 authentication header");
                    }
                    int length = (d.get(at + 1) + 2) * 4;
                    if (length > end - at) {
                        return bad(number, dataOffset, at - from, "an authentication header of " + length + " bytes within the "
                                + (end - at) + " left");
                    }
                    next = d.get(at);
                    at += length;
                    break;
                }
                case 44: { // fragment
                    if (end - at < 8) {
                        return bad(number, dataOffset, at - from, "an 8-byte IPv6 fragment header");
                    }
                    int field = Wire.u16be(d, at + 2);
                    if ((field & 0xfff9) != 0) {
                        notes.add(new CaptureNote(Option.some(number), dataOffset,
                                "IPv6 fragment (offset " + (field >>> 3) * 8 + ", more fragments " + ((field & 1) != 0)
                                        + ") not reassembled: skipped"));
                        return Option.none();
                    }
                    next = d.get(at);
                    at += 8; // an atomic fragment (RFC 6946): the whole packet
                    break;
                }
                default:
                    return Option.none();
            }
        }
        return tcp(d, from, at, end, cut, ip + 8, ip + 24, 16, number, dataOffset, sink);
    }

    private static Option<CaptureError> tcp(Bytes d, int from, int at, int end, boolean cut, int source, int destination,
                                           int addressLength, int number, long dataOffset, SegmentSink sink) {
        if (end - at < 20) {
            return bad(number, dataOffset, at - from, "a 20-byte TCP header, found " + Math.max(0, end - at) + " bytes"
                    + (cut ? " (the frame was captured short)" : ""));
        }
        int offset = (d.get(at + 12) >>> 4) * 4;
        if (offset < 20 || offset > end - at) {
            return bad(number, dataOffset, at + 12 - from, "a TCP data offset of 20 bytes at least within the " + (end - at)
                    + " left, found " + offset);
        }
        sink.segment(d, source, destination, addressLength, Wire.u16be(d, at), Wire.u16be(d, at + 2), Wire.u32be(d, at + 4),
                Wire.u32be(d, at + 8), d.get(at + 13) | (d.get(at + 12) & 1) << 8,
                at + offset == end ? Bytes.empty() : d.slice(at + offset, end), cut);
        return Option.none();
    }

    private static Option<CaptureError> bad(int number, long dataOffset, int inFrame, String expected) {
        return Option.some(new CaptureError.BadPacket(number, dataOffset + inFrame, expected));
    }
}
