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
 * <p>Two shapes of one reassembly ({@link Reassembly}, RFC 9293 sections 3.4 and 3.10.7.4):
 * {@link #fold} reads the file in one pass and hands each connection's bytes to a
 * {@link ConnectionFold} as soon as they are contiguous, keeping nothing per frame but the payload
 * slices placed; {@link #read} is that fold collecting everything into {@link TcpConnection}s
 * (streams joined, frame spans, chunks, notes).
 *
 * <pre>{@code
 * CaptureReading r = Capture.read(Bytes.of(Files.readAllBytes(path)));
 * for (TcpConnection c : r.tlsConnections()) { ... c.chunks() ... }
 * String keyLog = r.keyLog(); // from pcapng Decryption Secrets Blocks, if any
 *
 * CaptureFold<Long> sizes = Capture.fold(file, ConnectionFold.<Long, Long>of(
 *         opening -> 0L, (n, chunk) -> n + chunk.bytes().size(), (n, connection) -> n));
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
        return reading(fold(file, MATERIALISED));
    }

    /** Frames already read, taken to their TCP connections. */
    public static CaptureReading read(FrameReading frames) {
        return reading(fold(frames, MATERIALISED));
    }

    /**
     * A capture file read in one pass, each TCP connection's bytes handed to {@code fold} as they
     * become contiguous (see {@link ConnectionFold}); nothing is kept per frame but the payload
     * slices the reassembly has placed. What {@link #read} gives, without the streams, spans and
     * chunks it keeps: a passive reader that needs only the bytes in order runs in constant memory
     * per connection besides those slices. The connections come out in the order of their first
     * packet; a file whose timestamps go back is read again and its segments sorted, as {@link #read} does.
     */
    public static <R> CaptureFold<R> fold(Bytes file, ConnectionFold<?, R> fold) {
        if (file.size() >= 4) {
            long magic = Wire.u32be(file, 0);
            boolean pcapng = magic == PcapngReader.SECTION_HEADER;
            if (pcapng || PcapReader.recognises(magic)) {
                Option<CaptureFold<R>> streamed = StreamingRead.fold(file, pcapng, fold);
                if (streamed.isDefined()) {
                    return streamed.get();
                }
            }
        }
        return fold(frames(file), fold);
    }

    /** Frames already read, their TCP connections handed to {@code fold} (segments sorted into capture order first). */
    public static <R> CaptureFold<R> fold(FrameReading frames, ConnectionFold<?, R> fold) {
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
        unsupportedLinkNotes(unsupported, notes);
        // File-level errors (a cut, a broken block) come last: nothing after them was read.
        errors.addAll(frames.errors().toJavaList());
        return new CaptureFold<>(frames.format(), frames.frames().size(), Reassembly.connections(segments, fold),
                frames.secrets(), Vector.ofAll(errors), Vector.ofAll(notes));
    }

    /**
     * The pcapng Decryption Secrets Blocks of a capture file (draft-ietf-opsawg-pcapng section 4.7),
     * read without its packets' contents: what a reader needs before the first connection's bytes
     * when the file carries its own key log. Empty for libpcap files and for anything else.
     */
    public static Vector<DecryptionSecrets> decryptionSecrets(Bytes file) {
        if (file.size() < 4 || Wire.u32be(file, 0) != PcapngReader.SECTION_HEADER) {
            return Vector.empty();
        }
        return PcapngReader.read(file, (number, at, captured, ts, link, original) -> true).secrets();
    }

    static void unsupportedLinkNotes(TreeMap<Integer, Integer> unsupported, List<CaptureNote> notes) {
        unsupported.forEach((code, count) -> notes.add(new CaptureNote(Option.none(), 0,
                count + " frame" + (count == 1 ? "" : "s") + " of link type " + new LinkType(code) + " not read")));
    }

    private static CaptureReading reading(CaptureFold<TcpConnection> f) {
        return new CaptureReading(f.format(), f.frameCount(), f.connections(), f.secrets(), f.errors(), f.notes());
    }

    /** What {@link #read} keeps of each connection: every chunk, then the streams joined at the end. */
    private static final ConnectionFold<List<StreamChunk>, TcpConnection> MATERIALISED = ConnectionFold.of(
            opening -> new ArrayList<>(),
            (chunks, chunk) -> {
                chunks.add(chunk);
                return chunks;
            },
            Capture::connection);

    private static TcpConnection connection(List<StreamChunk> delivered, ReassembledConnection c) {
        TcpStream client = c.stream(Side.CLIENT);
        TcpStream server = c.stream(Side.SERVER);
        List<StreamChunk> chunks = new ArrayList<>(delivered.size());
        for (StreamChunk d : delivered) {
            chunks.add(new StreamChunk(d.side(), d.offset(), inRun(d.side() == Side.CLIENT ? client : server, d.offset(), d.bytes()),
                    d.frame(), d.timestampNanos()));
        }
        ConnectionOpening o = c.opening();
        return new TcpConnection(o.number(), o.client(), o.server(), o.clientEvidence(), client, server, Vector.ofAll(chunks), o.tls(),
                o.firstFrame(), c.notes());
    }

    /**
     * The delivered bytes as the slice of the stream's run that holds them (the same bytes): chunks
     * that follow each other are then adjacent slices of one array, which a reader joins without
     * copying ({@link Bytes#concat}).
     */
    private static Bytes inRun(TcpStream stream, long offset, Bytes delivered) {
        for (StreamRun r : stream.runs()) {
            if (r.offset() <= offset && offset + delivered.size() <= r.end()) {
                int from = (int) (offset - r.offset());
                return r.bytes().slice(from, from + delivered.size());
            }
        }
        return delivered;
    }

    /** The TCP segment a frame carries; none for a frame that holds no TCP, an IP fragment, or a link type not read. */
    public static Either<CaptureError, Option<TcpSegment>> tcpSegment(Frame frame) {
        return Packets.tcpSegment(frame, new ArrayList<>());
    }

    /** TCP segments already decoded (from {@link #tcpSegment} or built), reassembled into connections. */
    public static Vector<TcpConnection> connections(Vector<TcpSegment> segments) {
        return Reassembly.connections(segments.toJavaList(), MATERIALISED);
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
