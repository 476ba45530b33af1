package org.tlscodec.session.capture;

import io.vavr.control.Either;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Bytes;

/**
 * Builds the frame that carries a TCP segment, the other direction of {@link Capture#tcpSegment}:
 * a TCP header with no options (RFC 9293 section 3.1), an IPv4 header with no options (RFC 791
 * section 3.1) or an IPv6 header (RFC 8200 section 3), by the endpoints' address size, with their
 * checksums (RFC 1071), inside the link-layer header of the chosen type (zero MAC addresses for
 * Ethernet, an outgoing packet for Linux cooked captures).
 */
public final class SegmentFrames {
    private SegmentFrames() {
    }

    /** The frame bytes carrying {@code s} on a link of type {@code link}. */
    public static Either<CaptureError, Bytes> frame(TcpSegment s, LinkType link) {
        boolean v6 = s.source().ipv6();
        int size = s.source().address().size();
        if (size != 4 && size != 16 || s.destination().address().size() != size) {
            return Either.left(new CaptureError.Unwritable("endpoints of one IP version, 4 or 16 address bytes: "
                    + s.source().address().size() + " and " + s.destination().address().size()));
        }
        if (link.equals(LinkType.IPV4) && v6 || link.equals(LinkType.IPV6) && !v6) {
            return Either.left(new CaptureError.Unwritable("an " + (v6 ? "IPv6" : "IPv4") + " packet on link type " + link));
        }
        int tcpLength = 20 + s.payload().size();
        if (tcpLength > 0xffff - (v6 ? 0 : 20)) {
            return Either.left(new CaptureError.Unwritable("a TCP segment of " + tcpLength + " bytes does not fit an IP packet"));
        }
        int etherType = v6 ? 0x86dd : 0x0800;
        ByteWriter w = new ByteWriter(64 + s.payload().size());
        switch (link.code()) {
            case 1:
                w.writeBytes(Bytes.zeros(12));
                w.writeUint16(etherType);
                break;
            case 113:
                w.writeUint16(4); // sent by us
                w.writeUint16(772); // ARPHRD_LOOPBACK
                w.writeUint16(6);
                w.writeBytes(Bytes.zeros(8));
                w.writeUint16(etherType);
                break;
            case 276:
                w.writeUint16(etherType);
                w.writeUint16(0);
                w.writeUint32(1);
                w.writeUint16(772);
                w.writeUint8(4);
                w.writeUint8(6);
                w.writeBytes(Bytes.zeros(8));
                break;
            case 0:
                w.writeUint32(Integer.reverseBytes(v6 ? 24 : 2) & 0xffffffffL); // little-endian host
                break;
            case 108:
                w.writeUint32(v6 ? 24 : 2);
                break;
            case 12:
            case 14:
            case 101:
            case 228:
            case 229:
                break;
            default:
                return Either.left(new CaptureError.Unwritable("link type " + link + " is not written"));
        }
        Bytes tcp = tcp(s);
        if (v6) {
            w.writeUint32(0x60000000L);
            w.writeUint16(tcpLength);
            w.writeUint8(6);
            w.writeUint8(64);
            w.writeBytes(s.source().address());
            w.writeBytes(s.destination().address());
        } else {
            ByteWriter ip = new ByteWriter(20);
            ip.writeUint8(0x45);
            ip.writeUint8(0);
            ip.writeUint16(20 + tcpLength);
            ip.writeUint16(0);
            ip.writeUint16(0x4000);
            ip.writeUint8(64);
            ip.writeUint8(6);
            ip.writeUint16(0);
            ip.writeBytes(s.source().address());
            ip.writeBytes(s.destination().address());
            Bytes header = ip.toBytes();
            w.writeBytes(header.take(10));
            w.writeUint16(checksum(0, header));
            w.writeBytes(header.drop(12));
        }
        w.writeBytes(tcp);
        return Either.right(w.toBytes());
    }

    private static Bytes tcp(TcpSegment s) {
        ByteWriter w = new ByteWriter(20 + s.payload().size());
        w.writeUint16(s.source().port());
        w.writeUint16(s.destination().port());
        w.writeUint32(s.sequence());
        w.writeUint32(s.acknowledgment());
        w.writeUint8(5 << 4 | (s.flags() >>> 8 & 1));
        w.writeUint8(s.flags() & 0xff);
        w.writeUint16(0xffff);
        w.writeUint16(0);
        w.writeUint16(0);
        w.writeBytes(s.payload());
        Bytes unsummed = w.toBytes();
        // The pseudo-header: addresses, protocol and TCP length (RFC 9293 section 3.1, RFC 8200 section 8.1).
        long sum = partial(0, s.source().address());
        sum = partial(sum, s.destination().address());
        sum += 6 + unsummed.size();
        int check = checksum(sum, unsummed);
        ByteWriter out = new ByteWriter(unsummed.size());
        out.writeBytes(unsummed.take(16));
        out.writeUint16(check);
        out.writeBytes(unsummed.drop(18));
        return out.toBytes();
    }

    private static long partial(long sum, Bytes b) {
        int n = b.size();
        for (int i = 0; i + 1 < n; i += 2) {
            sum += Wire.u16be(b, i);
        }
        if ((n & 1) != 0) {
            sum += b.get(n - 1) << 8;
        }
        return sum;
    }

    /** The Internet checksum (RFC 1071) of {@code b}, starting from a partial sum. */
    private static int checksum(long start, Bytes b) {
        long sum = partial(start, b);
        while (sum >>> 16 != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) (~sum & 0xffff);
    }
}
