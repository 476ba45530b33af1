package org.tlscodec.session.capture;

import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Bytes;

/** Hand-built headers for the unit tests: every byte written here, so the readers are not checked against themselves. */
final class Build {
    static final Bytes A = Bytes.fromHex("0a000001");
    static final Bytes B = Bytes.fromHex("0a000002");

    private Build() {
    }

    /** A TCP header of 20 bytes plus {@code options}, and the payload. */
    static Bytes tcp(int sport, int dport, long seq, int flags, Bytes options, Bytes payload) {
        ByteWriter w = new ByteWriter();
        w.writeUint16(sport);
        w.writeUint16(dport);
        w.writeUint32(seq);
        w.writeUint32(0);
        w.writeUint8((20 + options.size()) / 4 << 4);
        w.writeUint8(flags);
        w.writeUint16(65535);
        w.writeUint32(0);
        w.writeBytes(options);
        w.writeBytes(payload);
        return w.toBytes();
    }

    /** An IPv4 header (checksum left 0: it is not checked) with {@code options}, around {@code body}. */
    static Bytes ipv4(Bytes src, Bytes dst, int protocol, int fragment, Bytes options, Bytes body) {
        ByteWriter w = new ByteWriter();
        w.writeUint8(0x40 | (20 + options.size()) / 4);
        w.writeUint8(0);
        w.writeUint16(20 + options.size() + body.size());
        w.writeUint16(1);
        w.writeUint16(fragment);
        w.writeUint8(64);
        w.writeUint8(protocol);
        w.writeUint16(0);
        w.writeBytes(src);
        w.writeBytes(dst);
        w.writeBytes(options);
        w.writeBytes(body);
        return w.toBytes();
    }

    /** An IPv6 header whose next header is {@code next}, around {@code body} (extension headers included). */
    static Bytes ipv6(Bytes src, Bytes dst, int next, Bytes body) {
        ByteWriter w = new ByteWriter();
        w.writeUint32(0x60000000L);
        w.writeUint16(body.size());
        w.writeUint8(next);
        w.writeUint8(64);
        w.writeBytes(src);
        w.writeBytes(dst);
        w.writeBytes(body);
        return w.toBytes();
    }

    static Bytes ethernet(int etherType, Bytes body) {
        return Bytes.fromHex("0200000000010200000000020000").slice(0, 12).concat(u16(etherType)).concat(body);
    }

    static Bytes u16(int v) {
        return Bytes.ofUnsigned(v >>> 8, v & 0xff);
    }

    static Bytes u32le(long v) {
        return Bytes.ofUnsigned((int) (v & 0xff), (int) (v >>> 8 & 0xff), (int) (v >>> 16 & 0xff), (int) (v >>> 24 & 0xff));
    }

    static Bytes u32be(long v) {
        return Bytes.ofUnsigned((int) (v >>> 24 & 0xff), (int) (v >>> 16 & 0xff), (int) (v >>> 8 & 0xff), (int) (v & 0xff));
    }

    static Frame frame(LinkType link, Bytes data) {
        return new Frame(1, 100, 0, link, data, data.size());
    }

    /** A segment from 10.0.0.1:port to 10.0.0.2:443 or back, at time {@code t} in frame {@code frame}. */
    static TcpSegment seg(int frame, boolean fromA, long seq, int flags, String payload) {
        Endpoint a = new Endpoint(A, 40000);
        Endpoint b = new Endpoint(B, 443);
        return new TcpSegment(frame, frame * 1000L, fromA ? a : b, fromA ? b : a, seq & 0xffffffffL, 0, flags,
                Bytes.utf8(payload), false);
    }
}
