package org.tlscodec.vectors.session.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple3;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.capture.Capture;
import org.tlscodec.session.capture.CaptureFold;
import org.tlscodec.session.capture.ConnectionFold;
import org.tlscodec.session.capture.Endpoint;
import org.tlscodec.session.capture.LinkType;
import org.tlscodec.session.capture.Side;
import org.tlscodec.session.capture.StreamChunk;
import org.tlscodec.session.capture.TcpConnection;
import org.tlscodec.session.capture.TcpSegment;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.gen.Property;

/**
 * The reassembly's in-order fast path (a segment at the delivery front with nothing waiting:
 * delivered at once) and its out-of-order path (segments waiting in sequence order for a hole to
 * fill) deliver the same bytes. A generated client stream and server stream, each cut into random
 * segments, the two sides interleaved at random; then the same segments permuted at random (some
 * sent twice), every file in time order so the permutation reaches the reassembly as it is. Read
 * through {@link Capture#fold} from a pcap (the one-pass path) and through {@link Capture#connections}
 * from the segments: each side's chunks, joined, are exactly its stream, with no note.
 */
class FastPathPropertyTest {
    private static final Endpoint CLIENT = new Endpoint(Bytes.fromHex("0a000001"), 40000);
    private static final Endpoint SERVER = new Endpoint(Bytes.fromHex("0a000002"), 443);
    private static final long CLIENT_ISN = 0xfffff000L; // wraps past 2^32 within a few kilobytes
    private static final long SERVER_ISN = 7_000;

    /** SYN, SYN-ACK, then both streams cut at the given sizes (cycled), the sides interleaved by {@code random}. */
    private static List<TcpSegment> inOrder(Bytes client, Bytes server, Vector<Integer> cuts, Random random) {
        List<TcpSegment> out = new ArrayList<>();
        out.add(TcpSegment.of(0, CLIENT, SERVER, CLIENT_ISN, 0, TcpSegment.SYN, Bytes.empty()));
        out.add(TcpSegment.of(0, SERVER, CLIENT, SERVER_ISN, CLIENT_ISN + 1, TcpSegment.SYN | TcpSegment.ACK, Bytes.empty()));
        List<TcpSegment> fromClient = cut(client, CLIENT, SERVER, CLIENT_ISN + 1, cuts, 0);
        List<TcpSegment> fromServer = cut(server, SERVER, CLIENT, SERVER_ISN + 1, cuts, 1);
        int c = 0;
        int s = 0;
        while (c < fromClient.size() || s < fromServer.size()) {
            boolean takeClient = s == fromServer.size() || c < fromClient.size() && random.nextBoolean();
            out.add(takeClient ? fromClient.get(c++) : fromServer.get(s++));
        }
        return out;
    }

    private static List<TcpSegment> cut(Bytes stream, Endpoint from, Endpoint to, long sequence, Vector<Integer> cuts, int k) {
        List<TcpSegment> out = new ArrayList<>();
        int at = 0;
        while (at < stream.size()) {
            int n = Math.min(stream.size() - at, 1 + cuts.get(k++ % cuts.size()));
            out.add(TcpSegment.of(0, from, to, sequence + at, 0, TcpSegment.ACK | TcpSegment.PSH, stream.slice(at, at + n)));
            at += n;
        }
        return out;
    }

    /** The segments after the handshake permuted, about one in five sent twice. */
    private static List<TcpSegment> permuted(List<TcpSegment> inOrder, Random random) {
        List<TcpSegment> data = new ArrayList<>();
        for (TcpSegment s : inOrder.subList(2, inOrder.size())) {
            data.add(s);
            if (random.nextInt(5) == 0) {
                data.add(s);
            }
        }
        Collections.shuffle(data, random);
        List<TcpSegment> out = new ArrayList<>(inOrder.subList(0, 2));
        out.addAll(data);
        return out;
    }

    /** Segment i at i microseconds and frame i + 1: the order given is the capture order. */
    private static Vector<TcpSegment> timed(List<TcpSegment> segments) {
        Vector<TcpSegment> out = Vector.empty();
        for (int i = 0; i < segments.size(); i++) {
            TcpSegment s = segments.get(i);
            out = out.append(new TcpSegment(i + 1, 1_000_000_000L + i * 1000L, s.source(), s.destination(), s.sequence(),
                    s.acknowledgment(), s.flags(), s.payload(), false));
        }
        return out;
    }

    /** Each side's chunks joined, from the one-pass fold of a pcap of the segments. */
    private static Vector<Bytes> folded(Vector<TcpSegment> segments) {
        Bytes file = BundledCaptures.pcapOf(LinkType.ETHERNET, BundledCaptures.rebuild(segments, LinkType.ETHERNET));
        CaptureFold<Vector<Bytes>> fold = Capture.fold(file, ConnectionFold.<Vector<Bytes>, Vector<Bytes>>of(
                opening -> Vector.of(Bytes.empty(), Bytes.empty()),
                (sides, chunk) -> sides.update(chunk.side().ordinal(), sides.get(chunk.side().ordinal()).concat(chunk.bytes())),
                (sides, connection) -> {
                    assertThat(connection.notes()).isEmpty();
                    return sides;
                }));
        assertThat(fold.errors()).isEmpty();
        assertThat(fold.connections()).hasSize(1);
        return fold.connections().get(0);
    }

    private static Bytes joined(TcpConnection c, Side side) {
        return Bytes.concatAll(c.chunks().filter(ch -> ch.side() == side).map(StreamChunk::bytes));
    }

    @Test
    void inOrderAndPermutedSegmentsDeliverTheSameBytesThroughTheFastAndTheWaitingPath() {
        Gen<Tuple3<Bytes, Bytes, Vector<Integer>>> cases = Gen.zip(Gen.bytes(1, 3000), Gen.bytes(0, 3000),
                Gen.listOf(Gen.oneOf(Gen.ints(0, 8), Gen.ints(0, 1500)), 1, 12));
        Property.named("fast path and waiting path").seed(0xfa57L).cases(60).check(Gen.zip(cases, Gen.longs(0, Long.MAX_VALUE)), t -> {
            Bytes client = t._1()._1();
            Bytes server = t._1()._2();
            Random random = new Random(t._2());
            List<TcpSegment> ordered = inOrder(client, server, t._1()._3(), random);
            List<TcpSegment> shuffled = permuted(ordered, random);

            for (List<TcpSegment> order : List.of(ordered, shuffled)) {
                Vector<TcpSegment> segments = timed(order);
                assertThat(folded(segments)).containsExactly(client, server);
                TcpConnection c = Capture.connections(segments).get(0);
                assertThat(c.notes()).isEmpty();
                assertThat(joined(c, Side.CLIENT)).isEqualTo(client);
                assertThat(joined(c, Side.SERVER)).isEqualTo(server);
                assertThat(c.clientStream().bytes()).isEqualTo(client);
                assertThat(c.serverStream().bytes()).isEqualTo(server);
            }
        });
    }
}
