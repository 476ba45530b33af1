package org.tlscodec.vectors.session.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.io.UncheckedIOException;
import org.tlscodec.codec.Bytes;
import java.nio.ByteOrder;
import org.tlscodec.session.capture.Capture;
import org.tlscodec.session.capture.CaptureWriter;
import org.tlscodec.session.capture.LinkType;
import org.tlscodec.session.capture.SegmentFrames;
import org.tlscodec.session.capture.TimestampPrecision;
import org.tlscodec.session.capture.Frame;
import org.tlscodec.session.capture.FrameReading;
import org.tlscodec.session.capture.Side;
import org.tlscodec.session.capture.StreamChunk;
import org.tlscodec.session.capture.TcpSegment;
import org.tlscodec.vectors.data.Captures;

/** The bundled loopback captures (vectors' {@code tlscodec/captures/}) and tshark's facts about them, for the capture tests. */
public final class BundledCaptures {
    private static JsonNode expected;

    private BundledCaptures() {
    }

    static Bytes pcap(String captureCase) {
        return Captures.pcap(captureCase).getOrElseThrow(e -> new AssertionError(captureCase + ": " + e));
    }

    static String keyLog(String captureCase) {
        return Captures.keyLog(captureCase).getOrElseThrow(e -> new AssertionError(captureCase + ": " + e));
    }

    static Bytes stream(String captureCase, int connection, Side side) {
        return Captures.stream(captureCase, connection, side == Side.CLIENT ? Captures.Side.CLIENT : Captures.Side.SERVER)
                .getOrElseThrow(() -> new AssertionError(captureCase + ": no stream " + connection + " " + side));
    }

    static synchronized JsonNode expected(String captureCase) {
        if (expected == null) {
            String text = Captures.expectedJson().getOrElseThrow(e -> new AssertionError("expected.json: " + e));
            try {
                expected = new ObjectMapper().readTree(text);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return expected.path("cases").path(captureCase);
    }

    /** The frames of a bundled pcap; it must read cleanly. */
    static Vector<Frame> frames(String captureCase) {
        FrameReading r = Capture.frames(pcap(captureCase));
        if (!r.errors().isEmpty()) {
            throw new AssertionError(captureCase + ": " + r.errors());
        }
        return r.frames();
    }

    /** The TCP segments of a bundled pcap, in frame order. */
    static Vector<TcpSegment> segments(String captureCase) {
        return frames(captureCase).flatMap(f -> Capture.tcpSegment(f).getOrElseThrow(e -> new AssertionError(e.message())));
    }

    /** The frames carrying {@code segments}, in that order, built on {@code link}. */
    static Vector<Frame> rebuild(Vector<TcpSegment> segments, LinkType link) {
        return segments.map(s -> Frame.of(s.timestampNanos(), link,
                SegmentFrames.frame(s, link).getOrElseThrow(e -> new AssertionError(e.message()))));
    }

    /** A libpcap file of {@code frames}, little-endian, microseconds, as tcpdump writes on x86. */
    static Bytes pcapOf(LinkType link, Vector<Frame> frames) {
        return CaptureWriter.pcap(link, ByteOrder.LITTLE_ENDIAN, TimestampPrecision.MICROSECONDS, frames)
                .getOrElseThrow(e -> new AssertionError(e.message()));
    }

    /** The interleaving as (side, bytes) runs: adjacent chunks of one side joined, so chunk boundaries do not matter. */
    static Vector<String> sideRuns(Vector<StreamChunk> chunks) {
        Vector<String> out = Vector.empty();
        Side side = null;
        StringBuilder run = new StringBuilder();
        for (StreamChunk c : chunks) {
            if (c.side() != side && side != null) {
                out = out.append(side.label() + ":" + run);
                run.setLength(0);
            }
            side = c.side();
            run.append(c.bytes().hex());
        }
        if (side != null) {
            out = out.append(side.label() + ":" + run);
        }
        return out;
    }

    /**
     * The segments each cut into up to four pieces that overlap by up to 7 bytes, about a quarter of
     * the pieces sent twice, all shuffled: what a capture with retransmissions and reordering holds.
     */
    public static List<TcpSegment> mangled(Vector<TcpSegment> segments, Random random) {
        List<TcpSegment> mangled = new ArrayList<>();
        for (TcpSegment s : segments) {
            for (TcpSegment piece : overlappingPieces(s, random)) {
                mangled.add(piece);
                if (random.nextInt(4) == 0) {
                    mangled.add(piece);
                }
            }
        }
        Collections.shuffle(mangled, random);
        return mangled;
    }

    private static List<TcpSegment> overlappingPieces(TcpSegment s, Random random) {
        int n = s.payload().size();
        if (n < 8) {
            return List.of(s);
        }
        int pieces = 1 + random.nextInt(4);
        List<TcpSegment> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < pieces; i++) {
            int to = i == pieces - 1 ? n : Math.min(n, from + 1 + random.nextInt(Math.max(1, n / pieces)));
            int reach = i == pieces - 1 ? to : Math.min(n, to + random.nextInt(8));
            int flags = reach == n ? s.flags() : s.flags() & ~TcpSegment.FIN;
            out.add(new TcpSegment(s.frame(), s.timestampNanos(), s.source(), s.destination(),
                    (s.sequence() + from) & 0xffffffffL, s.acknowledgment(), flags, s.payload().slice(from, reach), false));
            from = to;
            if (from == n) {
                break;
            }
        }
        return out;
    }
}
