package org.tlscodec.session.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tlscodec.session.capture.Build.seg;
import static org.tlscodec.session.capture.TcpSegment.ACK;
import static org.tlscodec.session.capture.TcpSegment.FIN;
import static org.tlscodec.session.capture.TcpSegment.PSH;
import static org.tlscodec.session.capture.TcpSegment.RST;
import static org.tlscodec.session.capture.TcpSegment.SYN;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

/**
 * TCP reassembly as a passive observer (RFC 9293 sections 3.4, 3.5, 3.10.7.4): segments in and out
 * of order, retransmitted, overlapping, missing; FIN and RST; which side is the client; several
 * connections. Segments are built here; A is 10.0.0.1:40000, B is 10.0.0.2:443.
 */
class TcpReassemblyTest {
    private static final long ISN_A = 1000;
    private static final long ISN_B = 5000;

    private static TcpConnection one(TcpSegment... segments) {
        Vector<TcpConnection> conns = Capture.connections(Vector.of(segments));
        assertThat(conns).hasSize(1);
        return conns.get(0);
    }

    /** SYN, SYN-ACK, ACK, then {@code data}. */
    private static TcpConnection opened(TcpSegment... data) {
        return one(Vector.of(seg(1, true, ISN_A, SYN, ""), seg(2, false, ISN_B, SYN | ACK, ""), seg(3, true, ISN_A + 1, ACK, ""))
                .appendAll(Vector.of(data)).toJavaArray(TcpSegment[]::new));
    }

    private static String text(Bytes b) {
        return new String(b.toArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void inOrderSegmentsMakeOneStreamPerSideWithTheirFrames() {
        TcpConnection c = opened(seg(4, true, ISN_A + 1, PSH | ACK, "hello "), seg(5, false, ISN_B + 1, ACK, "hi"),
                seg(6, true, ISN_A + 7, PSH | ACK, "world"));
        assertThat(c.client().text()).isEqualTo("10.0.0.1:40000");
        assertThat(c.server().text()).isEqualTo("10.0.0.2:443");
        assertThat(c.clientEvidence()).isEqualTo(ClientEvidence.SYN);
        assertThat(text(c.clientStream().bytes())).isEqualTo("hello world");
        assertThat(text(c.serverStream().bytes())).isEqualTo("hi");
        assertThat(c.clientStream().spans()).containsExactly(new FrameSpan(0, 6, 4, 4000), new FrameSpan(6, 5, 6, 6000));
        assertThat(c.clientStream().frameAt(6).get().frame()).isEqualTo(6);
        assertThat(c.clientStream().frameAt(11)).isEmpty();
        assertThat(c.chunks().map(ch -> ch.side() + ":" + text(ch.bytes()) + "@" + ch.frame()))
                .containsExactly("CLIENT:hello @4", "SERVER:hi@5", "CLIENT:world@6");
        assertThat(c.notes()).isEmpty();
        assertThat(c.firstFrame()).isEqualTo(1);
    }

    @Test
    void outOfOrderBytesAreDeliveredByTheFrameThatFillsTheHole() {
        TcpConnection c = opened(seg(4, true, ISN_A + 7, PSH | ACK, "world"), seg(5, false, ISN_B + 1, ACK, "hi"),
                seg(6, true, ISN_A + 1, PSH | ACK, "hello "));
        assertThat(text(c.clientStream().bytes())).isEqualTo("hello world");
        assertThat(c.clientStream().frameAt(0).get().frame()).isEqualTo(6);
        assertThat(c.clientStream().frameAt(6).get().frame()).isEqualTo(4);
        assertThat(c.chunks().map(ch -> ch.side() + ":" + text(ch.bytes()) + "@" + ch.frame() + "+" + ch.offset()))
                .containsExactly("SERVER:hi@5+0", "CLIENT:hello @6+0", "CLIENT:world@6+6");
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void identicalRetransmissionsAndOverlapsAddNothingAndSayNothing() {
        TcpConnection c = opened(seg(4, true, ISN_A + 1, ACK, "abcdef"), seg(5, true, ISN_A + 1, ACK, "abcdef"),
                seg(6, true, ISN_A + 4, ACK, "defghi"), seg(7, true, ISN_A + 2, ACK, "bc"));
        assertThat(text(c.clientStream().bytes())).isEqualTo("abcdefghi");
        assertThat(c.clientStream().spans()).containsExactly(new FrameSpan(0, 6, 4, 4000), new FrameSpan(6, 3, 6, 6000));
        assertThat(c.chunks().map(ch -> text(ch.bytes()))).containsExactly("abcdef", "ghi");
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void aRetransmissionWithOtherBytesIsReportedAndTheFirstBytesWin() {
        TcpConnection c = opened(seg(4, true, ISN_A + 1, ACK, "abcdef"), seg(5, true, ISN_A + 3, ACK, "XYZWghi"));
        assertThat(text(c.clientStream().bytes())).isEqualTo("abcdefghi");
        assertThat(c.notes()).singleElement().isInstanceOfSatisfying(StreamNote.ConflictingOverlap.class, n -> {
            assertThat(n.side()).isEqualTo(Side.CLIENT);
            assertThat(n.offset()).isEqualTo(2);
            assertThat(n.length()).isEqualTo(4);
            assertThat(n.frame()).isEqualTo(5);
            assertThat(n.firstFrame()).isEqualTo(4);
            assertThat(n.message()).contains("frame 5").contains("frame 4").contains("offset 2");
        });
    }

    @Test
    void aMissingSegmentIsAGapAndNothingIsInventedOrDeliveredPastIt() {
        TcpConnection c = opened(seg(4, true, ISN_A + 1, ACK, "abc"), seg(5, true, ISN_A + 7, ACK, "ghi"),
                seg(6, false, ISN_B + 1, ACK, "ok"));
        assertThat(text(c.clientStream().bytes())).isEqualTo("abc");
        assertThat(c.clientStream().contiguous()).isFalse();
        assertThat(c.clientStream().runs()).containsExactly(new StreamRun(0, Bytes.utf8("abc")), new StreamRun(6, Bytes.utf8("ghi")));
        assertThat(c.clientStream().size()).isEqualTo(6);
        assertThat(c.notes()).containsExactly(new StreamNote.Gap(Side.CLIENT, 3, 3));
        assertThat(c.chunks().map(ch -> text(ch.bytes()))).containsExactly("abc", "ok");
    }

    @Test
    void missingBytesAtTheStartOrBeforeTheFinAreGaps() {
        TcpConnection c = opened(seg(4, true, ISN_A + 3, ACK, "cd"), seg(5, true, ISN_A + 9, FIN | ACK, ""));
        assertThat(c.clientStream().bytes()).isEqualTo(Bytes.empty());
        assertThat(c.clientStream().runs()).containsExactly(new StreamRun(2, Bytes.utf8("cd")));
        assertThat(c.clientStream().finished()).isTrue();
        assertThat(c.notes()).containsExactly(new StreamNote.Gap(Side.CLIENT, 0, 2), new StreamNote.Gap(Side.CLIENT, 4, 4));
        assertThat(c.chunks()).isEmpty();
    }

    @Test
    void sequenceNumbersWrapAround() {
        long isn = 0xfffffffaL;
        TcpConnection c = one(seg(1, true, isn, SYN, ""), seg(2, true, isn + 1, ACK, "abcd"),
                seg(3, true, isn + 9, ACK, "ijkl"), seg(4, true, isn + 5, ACK, "efgh"));
        assertThat(text(c.clientStream().bytes())).isEqualTo("abcdefghijkl");
        assertThat(c.notes()).isEmpty();
        assertThat(c.chunks().map(ch -> ch.offset())).containsExactly(0L, 4L, 8L);
    }

    @Test
    void bytesPastTheFinOrAfterAnRstAreLeftOutWithANote() {
        TcpConnection c = opened(seg(4, true, ISN_A + 1, FIN | ACK, "abc"), seg(5, true, ISN_A + 3, ACK, "cdef"),
                seg(6, false, ISN_B + 1, RST, ""), seg(7, false, ISN_B + 1, ACK, "late"));
        assertThat(text(c.clientStream().bytes())).isEqualTo("abc");
        assertThat(c.clientStream().finished()).isTrue();
        assertThat(c.serverStream().reset()).isTrue();
        assertThat(c.serverStream().bytes()).isEqualTo(Bytes.empty());
        assertThat(c.notes()).containsExactly(new StreamNote.AfterEnd(Side.CLIENT, 3, 3, 5), new StreamNote.AfterEnd(Side.SERVER, 0, 4, 7));
    }

    @Test
    void theSideThatSentTheSynIsTheClientWhoeverSpeaksFirst() {
        TcpConnection c = one(seg(1, false, ISN_B, ACK, "banner"), seg(2, true, ISN_A, SYN, ""));
        assertThat(c.client().port()).isEqualTo(40000);
        assertThat(c.clientEvidence()).isEqualTo(ClientEvidence.SYN);
        assertThat(text(c.serverStream().bytes())).isEqualTo("banner");
    }

    @Test
    void withoutASynTheSynAckSenderIsTheServer() {
        TcpConnection c = one(seg(1, false, ISN_B, SYN | ACK, ""), seg(2, true, ISN_A + 1, ACK, "x"));
        assertThat(c.server().port()).isEqualTo(443);
        assertThat(c.clientEvidence()).isEqualTo(ClientEvidence.SYN_ACK);
    }

    @Test
    void withoutAHandshakeTheSideThatSentAClientHelloIsTheClient() {
        Bytes serverHello = Bytes.fromHex("160303007a0200007603");
        Bytes clientHello = Bytes.fromHex("16030100f8010000f403");
        Endpoint a = new Endpoint(Build.A, 40000);
        Endpoint b = new Endpoint(Build.B, 8443);
        TcpConnection c = one(TcpSegment.of(1, b, a, 77, 0, ACK, serverHello), TcpSegment.of(2, a, b, 9, 0, ACK, clientHello));
        assertThat(c.clientEvidence()).isEqualTo(ClientEvidence.CLIENT_HELLO);
        assertThat(c.client()).isEqualTo(a);
        assertThat(c.tls()).isTrue();
        assertThat(c.clientStream().bytes()).isEqualTo(clientHello);
    }

    @Test
    void otherwiseTheFirstSenderIsTheClientAndPlainTextIsNotTls() {
        TcpConnection c = one(seg(1, false, ISN_B, ACK, "SSH-2.0-x\r\n"), seg(2, true, ISN_A, ACK, "SSH-2.0-y\r\n"));
        assertThat(c.clientEvidence()).isEqualTo(ClientEvidence.FIRST_SENDER);
        assertThat(c.client().port()).isEqualTo(443);
        assertThat(c.tls()).isFalse();
    }

    @Test
    void withoutASynBytesThatArriveLateBeforeTheFirstAreKeptAtTheStart() {
        TcpConnection c = one(seg(1, true, 500, ACK, "world"), seg(2, true, 494, ACK, "hello "));
        assertThat(text(c.clientStream().bytes())).isEqualTo("hello world");
        assertThat(c.chunks().map(ch -> text(ch.bytes()) + "+" + ch.offset())).containsExactly("world+6");
        assertThat(c.notes()).singleElement().isInstanceOfSatisfying(StreamNote.BeforeStart.class, n -> {
            assertThat(n.kept()).isTrue();
            assertThat(n.offset()).isEqualTo(-6);
            assertThat(n.length()).isEqualTo(6);
        });
    }

    @Test
    void connectionsAreKeyedByTheirFourTupleAndNumberedByTheirFirstPacket() {
        Endpoint a1 = new Endpoint(Build.A, 40001);
        Endpoint a2 = new Endpoint(Build.A, 40002);
        Endpoint b = new Endpoint(Build.B, 443);
        Vector<TcpConnection> conns = Capture.connections(Vector.of(
                TcpSegment.of(1, a2, b, 10, 0, SYN, Bytes.empty()),
                TcpSegment.of(2, a1, b, 20, 0, SYN, Bytes.empty()),
                TcpSegment.of(3, a1, b, 21, 0, ACK, Bytes.utf8("one")),
                TcpSegment.of(4, a2, b, 11, 0, ACK, Bytes.utf8("two"))));
        assertThat(conns.map(c -> c.client().port() + ":" + text(c.clientStream().bytes()))).containsExactly("40002:two", "40001:one");
        assertThat(conns.map(TcpConnection::number)).containsExactly(0, 1);
    }

    @Test
    void aNewSynOnAReusedPortAfterTheEndIsANewConnection() {
        Vector<TcpConnection> conns = Capture.connections(Vector.of(
                seg(1, true, 100, SYN, ""), seg(2, true, 101, ACK, "first"), seg(3, true, 106, FIN | ACK, ""),
                seg(4, false, 900, FIN | ACK, ""),
                seg(5, true, 7000, SYN, ""), seg(6, true, 7001, ACK, "second")));
        assertThat(conns.map(c -> text(c.clientStream().bytes()))).containsExactly("first", "second");
        assertThat(conns.map(TcpConnection::firstFrame)).containsExactly(1, 5);
    }

    @Test
    void segmentsAreTakenInTimestampOrderWhateverTheirOrderInTheFile() {
        TcpSegment[] inOrder = {seg(1, true, ISN_A, SYN, ""), seg(2, false, ISN_B, SYN | ACK, ""),
            seg(3, true, ISN_A + 1, ACK, "ping"), seg(4, false, ISN_B + 1, ACK, "pong"), seg(5, true, ISN_A + 5, ACK, "!")};
        TcpConnection straight = one(inOrder);
        TcpConnection shuffled = one(inOrder[3], inOrder[4], inOrder[0], inOrder[2], inOrder[1]);
        assertThat(shuffled).isEqualTo(straight);
        assertThat(shuffled.chunks().map(ch -> text(ch.bytes()))).containsExactly("ping", "pong", "!");
    }
}
