package org.tlscodec.session.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tlscodec.session.capture.Build.seg;
import static org.tlscodec.session.capture.TcpSegment.ACK;
import static org.tlscodec.session.capture.TcpSegment.PSH;
import static org.tlscodec.session.capture.TcpSegment.SYN;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A connection's fold is opened when it delivers its first bytes, with what is known then, and
 * opened again (its chunks fed again) when a later segment changes who the client is or where a
 * stream starts (RFC 9293 section 3.5: the SYN's sender is the client; without it the stream
 * starts at the first byte seen). What the fold ends with is what the decision at the end gives.
 * Segments are built here; A is 10.0.0.1:40000, B is 10.0.0.2:443.
 */
class ConnectionFoldTest {
    private static final String HELLO = "\u0016\u0003\u0001\u0000\u0010\u0001"; // a handshake record header, then ClientHello's type

    /**
     * A fold whose state is the opening and every chunk it was fed, as text; each opening is also
     * written to {@code opened} (outside the fold: how the test sees a state dropped and rebuilt).
     */
    private static ConnectionFold<Vector<String>, Vector<String>> trace(List<String> opened) {
        return ConnectionFold.of(
                o -> {
                    String text = "open " + o.client().port() + " " + o.clientEvidence() + (o.tls() ? " tls" : "");
                    opened.add(text);
                    return Vector.of(text);
                },
                (trace, c) -> trace.append(c.side().label() + "@" + c.offset() + ":" + c.bytes().size()),
                (trace, c) -> trace);
    }

    @Test
    void aConnectionWithItsHandshakeIsOpenedOnceWithTheSynSenderAsClient() {
        List<String> opened = new ArrayList<>();
        Vector<Vector<String>> r = Reassembly.connections(List.of(seg(1, true, 100, SYN, ""), seg(2, false, 900, SYN | ACK, ""),
                seg(3, true, 101, PSH | ACK, HELLO), seg(4, false, 901, PSH | ACK, "\u0016\u0003\u0003\u0000\u0001x")), trace(opened));
        assertThat(r.get(0)).containsExactly("open 40000 SYN tls", "client@0:6", "server@0:6");
        assertThat(opened).containsExactly("open 40000 SYN tls");
    }

    @Test
    void aSynAckCapturedAfterTheFirstBytesReopensTheConnectionWithTheOtherSideAsClient() {
        // A's bytes come first (A looks like the client), then A's SYN-ACK, captured late, says A is the server.
        List<String> opened = new ArrayList<>();
        Vector<Vector<String>> r = Reassembly.connections(List.of(seg(1, true, 100, PSH | ACK, "hello"),
                seg(2, true, 99, SYN | ACK, ""), seg(3, false, 900, PSH | ACK, "world!")), trace(opened));
        assertThat(opened).containsExactly("open 40000 FIRST_SENDER", "open 443 SYN_ACK");
        assertThat(r.get(0)).containsExactly("open 443 SYN_ACK", "server@0:5", "client@0:6");
    }

    @Test
    void bytesBeforeTheStartWithoutASynMoveTheStartAndTheChunksAreFedAgainFromIt() {
        List<TcpSegment> segments = List.of(seg(1, true, 110, PSH | ACK, "0123456789"), seg(2, true, 105, PSH | ACK, "abcde"));
        List<String> opened = new ArrayList<>();
        Vector<String> trace = Reassembly.connections(segments, trace(opened)).get(0);
        assertThat(opened).hasSize(2);
        assertThat(trace).containsExactly("open 40000 FIRST_SENDER", "client@5:10");
        TcpConnection c = Capture.connections(Vector.ofAll(segments)).get(0);
        assertThat(c.clientStream().bytes().size()).isEqualTo(15);
        assertThat(c.chunks()).singleElement().satisfies(ch -> assertThat(ch.offset()).isEqualTo(5));
    }

    @Test
    void aStartThatMovesAtEverySegmentStopsFeedingEarlyAndFeedsOnceAtTheEndFromTheFinalStart() {
        // Segments 10 bytes apart, each sent before the one before it, with a byte at the front each time.
        List<TcpSegment> segments = new ArrayList<>();
        int frame = 1;
        for (int i = 0; i < 40; i++) {
            segments.add(seg(frame++, true, 10_000 - 10 * i, PSH | ACK, "0123456789"));
            segments.add(seg(frame++, true, 10_010 + i, PSH | ACK, "x"));
        }
        List<String> opened = new ArrayList<>();
        Vector<String> trace = Reassembly.connections(segments, trace(opened)).get(0);
        assertThat(opened).hasSize(10); // the first, 8 more, and the last at the end of the file
        assertThat(trace.head()).isEqualTo("open 40000 FIRST_SENDER");
        // The stream starts 390 bytes before the first segment's; all 41 delivered chunks count from there.
        assertThat(trace.tail()).hasSize(41).startsWith("client@390:10", "client@400:1").endsWith("client@439:1");
    }
}
