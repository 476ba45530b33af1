package org.tlscodec.session.capture;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.tlscodec.codec.Bytes;

/**
 * Reads a capture file: libpcap or pcapng (told apart by the magic number), the link, IP and TCP
 * layers of every frame, and the TCP connections reassembled. Pure functions over the file's bytes;
 * nothing is thrown, bad input gives error values and whatever could be read.
 *
 * <pre>{@code
 * CaptureReading r = Capture.read(Bytes.of(Files.readAllBytes(path)));
 * for (TcpConnection c : r.tlsConnections()) { ... c.chunks() ... }
 * String keyLog = r.keyLog(); // from pcapng Decryption Secrets Blocks, if any
 * }</pre>
 */
public final class Capture {
    private Capture() {
    }

    /** The frames of a capture file, with its decryption secrets, errors and notes. */
    public static FrameReading frames(Bytes file) {
        if (file.size() < 4) {
            return FrameReading.failed(new CaptureError.NotACapture(file));
        }
        long magic = Wire.u32be(file, 0);
        if (magic == PcapngReader.SECTION_HEADER) {
            return PcapngReader.read(file);
        }
        if (PcapReader.recognises(magic)) {
            return PcapReader.read(file);
        }
        return FrameReading.failed(new CaptureError.NotACapture(file.take(4)));
    }

    /** A capture file read to its TCP connections. */
    public static CaptureReading read(Bytes file) {
        return read(frames(file));
    }

    /** Frames already read, taken to their TCP connections. */
    public static CaptureReading read(FrameReading frames) {
        List<CaptureError> errors = new ArrayList<>();
        List<CaptureNote> notes = new ArrayList<>(frames.notes().toJavaList());
        List<TcpSegment> segments = new ArrayList<>(frames.frames().size());
        TreeMap<Integer, Integer> unsupported = new TreeMap<>();
        for (Frame f : frames.frames()) {
            if (!f.link().supported()) {
                unsupported.merge(f.link().code(), 1, Integer::sum);
                continue;
            }
            Either<CaptureError, Option<TcpSegment>> s = Packets.tcpSegment(f, notes);
            if (s.isLeft()) {
                errors.add(s.getLeft());
            } else {
                s.get().forEach(segments::add);
            }
        }
        unsupported.forEach((code, count) -> notes.add(new CaptureNote(Option.none(), 0,
                count + " frame" + (count == 1 ? "" : "s") + " of link type " + new LinkType(code) + " not read")));
        // File-level errors (a cut, a broken block) come last: nothing after them was read.
        errors.addAll(frames.errors().toJavaList());
        return new CaptureReading(frames.format(), frames.frames().size(), Reassembly.connections(segments),
                frames.secrets(), Vector.ofAll(errors), Vector.ofAll(notes));
    }

    /** The TCP segment a frame carries; none for a frame that holds no TCP, an IP fragment, or a link type not read. */
    public static Either<CaptureError, Option<TcpSegment>> tcpSegment(Frame frame) {
        return Packets.tcpSegment(frame, new ArrayList<>());
    }

    /** TCP segments already decoded (from {@link #tcpSegment} or built), reassembled into connections. */
    public static Vector<TcpConnection> connections(Vector<TcpSegment> segments) {
        return Reassembly.connections(segments.toJavaList());
    }

    /**
     * True when the bytes start like TLS: a record header with content type 20..24, version 3.x and a
     * plausible length, or an SSL 2.0 ClientHello with a two-byte header. How connections are found
     * on any port.
     */
    public static boolean looksLikeTls(Bytes streamStart) {
        return TlsBytes.looksLikeTls(streamStart);
    }

    /** True when the bytes start like a ClientHello record (TLS, or SSL 2.0 with a two-byte header). */
    public static boolean looksLikeClientHello(Bytes streamStart) {
        return TlsBytes.looksLikeClientHello(streamStart);
    }
}
