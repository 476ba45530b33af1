package org.tlscodec.vectors.session.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.capture.Capture;
import org.tlscodec.session.capture.CaptureReading;
import org.tlscodec.session.capture.LinkType;
import org.tlscodec.session.capture.Side;
import org.tlscodec.session.capture.TcpConnection;
import org.tlscodec.session.capture.TcpSegment;
import org.tlscodec.vectors.data.Captures;

/**
 * Every bundled capture rebuilt with its TCP segments split into overlapping pieces, some pieces
 * sent twice, and all of them shuffled (each keeps its segment's timestamp, as a capture written
 * out of order would): the reassembly gives the same streams and the same interleaving of the two
 * sides, and finds no conflict and no gap.
 */
class ShuffledCaptureTest {
    private static final long SEED = 0x5eed_c0deL;

    @Test
    void shuffledDuplicatedOverlappingSegmentsReassembleToTheSameStreamsAndInterleaving() {
        Random random = new Random(SEED);
        for (String c : Captures.CASES) {
            Vector<TcpSegment> segments = BundledCaptures.segments(c);
            List<TcpSegment> mangled = BundledCaptures.mangled(segments, random);
            assertThat(mangled.size()).as(c).isGreaterThan(segments.size());
            Bytes file = BundledCaptures.pcapOf(LinkType.ETHERNET, BundledCaptures.rebuild(Vector.ofAll(mangled), LinkType.ETHERNET));

            CaptureReading original = Capture.read(BundledCaptures.pcap(c));
            CaptureReading shuffled = Capture.read(file);
            assertThat(shuffled.errors()).as(c).isEmpty();
            assertThat(shuffled.connections()).as(c).hasSize(original.connections().size());
            for (TcpConnection conn : shuffled.connections()) {
                TcpConnection before = original.connections().get(conn.number());
                assertThat(conn.client()).as(c).isEqualTo(before.client());
                for (Side side : Side.values()) {
                    assertThat(conn.stream(side).bytes()).as(c + " " + side).isEqualTo(BundledCaptures.stream(c, conn.number(), side));
                }
                assertThat(conn.notes()).as(c).isEmpty();
                assertThat(BundledCaptures.sideRuns(conn.chunks())).as(c).isEqualTo(BundledCaptures.sideRuns(before.chunks()));
            }
        }
    }

    @Test
    void aShuffledCaptureStillTellsWhichFrameCarriedEachByte() {
        Random random = new Random(SEED + 1);
        String c = "tls13_large_appdata";
        Vector<TcpSegment> segments = BundledCaptures.segments(c);
        List<TcpSegment> shuffled = new ArrayList<>(segments.toJavaList());
        Collections.shuffle(shuffled, random);
        Vector<TcpSegment> order = Vector.ofAll(shuffled);
        CaptureReading r = Capture.read(BundledCaptures.pcapOf(LinkType.ETHERNET, BundledCaptures.rebuild(order, LinkType.ETHERNET)));
        TcpConnection conn = r.connections().get(0);
        // The new frame of each original data segment is its index in the shuffled file plus one.
        for (TcpSegment s : segments.filter(s -> !s.payload().isEmpty())) {
            Side side = s.source().equals(conn.client()) ? Side.CLIENT : Side.SERVER;
            long isn = segments.find(x -> x.syn() && x.source().equals(s.source())).get().sequence();
            long offset = (s.sequence() - isn - 1) & 0xffffffffL;
            int newFrame = order.indexOf(s) + 1;
            assertThat(conn.stream(side).frameAt(offset).get().frame()).isEqualTo(newFrame);
            assertThat(conn.stream(side).frameAt(offset + s.payload().size() - 1).get().frame()).isEqualTo(newFrame);
        }
    }

    /** The segment cut into 1 to 4 pieces, each reaching up to 7 bytes into the next; only the last keeps a FIN. */
}
