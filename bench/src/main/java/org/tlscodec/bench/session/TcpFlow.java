package org.tlscodec.bench.session;

import java.util.ArrayList;
import java.util.List;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.capture.Endpoint;
import org.tlscodec.session.capture.Frame;
import org.tlscodec.session.capture.LinkType;
import org.tlscodec.session.capture.SegmentFrames;
import org.tlscodec.session.capture.TcpSegment;
import org.tlscodec.session.state.ConnectionEnd;

/**
 * One TCP connection written out frame by frame, as a capture on the path would see it (RFC 9293
 * section 3.5 three-way handshake; data in segments of at most one maximum segment size, section
 * 3.7.1; a pure acknowledgment from the receiver after every second full segment and at the end
 * of each burst, as delayed ACKs do, RFC 1122 section 4.2.3.2; FIN from both sides to close).
 * Sequence numbers start at the given initial values and wrap at 2^32. Frames are built by the
 * library's {@link SegmentFrames} on the given link, one microsecond apart. A builder for the
 * generator, not a value: confined to one thread.
 */
final class TcpFlow {
    /** The timestamp of the first frame: 2025-11-28T00:00:00Z. */
    static final long START_NANOS = 1_764_288_000_000_000_000L;
    private static final long FRAME_GAP_NANOS = 1_000;

    private final Endpoint client;
    private final Endpoint server;
    private final LinkType link;
    private final int maxSegment;
    private final List<Frame> frames = new ArrayList<>();
    private long clientNext;
    private long serverNext;
    private long time = START_NANOS;

    TcpFlow(Endpoint client, Endpoint server, LinkType link, int maxSegment, long clientIsn, long serverIsn) {
        this.client = client;
        this.server = server;
        this.link = link;
        this.maxSegment = maxSegment;
        segment(ConnectionEnd.CLIENT, clientIsn, 0, TcpSegment.SYN, Bytes.empty());
        segment(ConnectionEnd.SERVER, serverIsn, clientIsn + 1, TcpSegment.SYN | TcpSegment.ACK, Bytes.empty());
        clientNext = clientIsn + 1 & 0xffffffffL;
        serverNext = serverIsn + 1 & 0xffffffffL;
        ack(ConnectionEnd.CLIENT);
    }

    /** {@code sender} writes {@code data}: segments of at most the maximum size, the receiver's ACKs between them. */
    void send(ConnectionEnd sender, Bytes data) {
        ConnectionEnd receiver = sender == ConnectionEnd.CLIENT ? ConnectionEnd.SERVER : ConnectionEnd.CLIENT;
        int unacknowledged = 0;
        for (int at = 0; at < data.size(); at += maxSegment) {
            int end = Math.min(data.size(), at + maxSegment);
            boolean last = end == data.size();
            Bytes payload = data.slice(at, end);
            segment(sender, next(sender), next(receiver), TcpSegment.ACK | (last ? TcpSegment.PSH : 0), payload);
            advance(sender, payload.size());
            if (++unacknowledged == 2 || last) {
                ack(receiver);
                unacknowledged = 0;
            }
        }
    }

    /** Both sides close: the client's FIN, the server's FIN, the client's last ACK. */
    void close() {
        segment(ConnectionEnd.CLIENT, clientNext, serverNext, TcpSegment.FIN | TcpSegment.ACK, Bytes.empty());
        advance(ConnectionEnd.CLIENT, 1);
        segment(ConnectionEnd.SERVER, serverNext, clientNext, TcpSegment.FIN | TcpSegment.ACK, Bytes.empty());
        advance(ConnectionEnd.SERVER, 1);
        ack(ConnectionEnd.CLIENT);
    }

    /** The frames written so far. */
    List<Frame> frames() {
        return frames;
    }

    private void ack(ConnectionEnd from) {
        ConnectionEnd to = from == ConnectionEnd.CLIENT ? ConnectionEnd.SERVER : ConnectionEnd.CLIENT;
        segment(from, next(from), next(to), TcpSegment.ACK, Bytes.empty());
    }

    private long next(ConnectionEnd side) {
        return side == ConnectionEnd.CLIENT ? clientNext : serverNext;
    }

    private void advance(ConnectionEnd side, int n) {
        if (side == ConnectionEnd.CLIENT) {
            clientNext = clientNext + n & 0xffffffffL;
        } else {
            serverNext = serverNext + n & 0xffffffffL;
        }
    }

    private void segment(ConnectionEnd from, long sequence, long acknowledgment, int flags, Bytes payload) {
        boolean fromClient = from == ConnectionEnd.CLIENT;
        TcpSegment s = TcpSegment.of(time, fromClient ? client : server, fromClient ? server : client, sequence, acknowledgment, flags, payload);
        Bytes data = SegmentFrames.frame(s, link).getOrElseThrow(e -> new IllegalStateException(e.message()));
        frames.add(Frame.of(time, link, data));
        time += FRAME_GAP_NANOS;
    }
}
