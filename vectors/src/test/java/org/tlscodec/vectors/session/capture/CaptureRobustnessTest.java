package org.tlscodec.vectors.session.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.capture.Capture;
import org.tlscodec.session.capture.CaptureError;
import org.tlscodec.session.capture.CaptureReading;
import org.tlscodec.session.capture.CaptureWriter;
import org.tlscodec.session.capture.DecryptionSecrets;
import org.tlscodec.session.capture.Endpoint;
import org.tlscodec.session.capture.TcpConnection;
import org.tlscodec.session.capture.TcpSegment;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.gen.Property;

/**
 * Random files, real captures with mutated bytes, and random TCP segments never make the reader
 * throw, and it never invents bytes: every reassembled stream is made of bytes the file holds.
 */
class CaptureRobustnessTest {
    private static final Bytes PCAP = BundledCaptures.pcap("tls13_hrr");
    private static final Bytes PCAPNG = CaptureWriter.pcapng(ByteOrder.BIG_ENDIAN,
            Vector.of(DecryptionSecrets.keyLog(BundledCaptures.keyLog("tls13_hrr"))), BundledCaptures.frames("tls13_hrr"));

    private static void sane(Bytes file, CaptureReading r) {
        assertThat(r.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
        long captured = 0;
        for (TcpConnection c : r.connections()) {
            captured += c.clientStream().size() + c.serverStream().size();
            assertThat(c.notes()).allSatisfy(n -> assertThat(n.message()).isNotBlank());
        }
        assertThat(captured).isLessThanOrEqualTo(file.size());
    }

    /** Random bytes, alone or after a pcap or pcapng header so the reader gets past the magic. */
    @Test
    void randomFilesNeverThrow() {
        Gen<Bytes> header = Gen.oneOfValues(Bytes.empty(), PCAP.take(24), PCAP.take(40), PCAPNG.take(28), PCAPNG.take(60));
        Property.named("random capture files").seed(5).cases(3000).check(
                Gen.zip(header, Gen.bytes(0, 400)).map(t -> t._1.concat(t._2)),
                file -> sane(file, Capture.read(file)));
    }

    @Test
    void realCapturesWithMutatedBytesNeverThrow() {
        Gen<Bytes> file = Gen.oneOfValues(PCAP, PCAPNG);
        Gen<Vector<Tuple2<Integer, Integer>>> edits = Gen.listOf(Gen.zip(Gen.ints(0, 200), Gen.ints(0, 255)), 1, 6);
        Gen<Vector<Tuple2<Integer, Integer>>> anywhere = Gen.listOf(Gen.zip(Gen.ints(0, PCAP.size() - 1), Gen.ints(0, 255)), 1, 6);
        Property.named("mutated captures").seed(6).cases(2000).check(
                Gen.zip(file, Gen.oneOf(edits, anywhere), Gen.ints(0, PCAP.size())),
                t -> {
                    byte[] b = t._1.toArray();
                    for (Tuple2<Integer, Integer> e : t._2) {
                        if (e._1 < b.length) {
                            b[e._1] = (byte) (int) e._2;
                        }
                    }
                    Bytes mutated = Bytes.of(b);
                    sane(mutated, Capture.read(mutated));
                    Bytes cut = mutated.take(Math.min(t._3, mutated.size()));
                    sane(cut, Capture.read(cut));
                });
    }

    @Test
    void aMutatedLengthFieldGivesAnErrorNotAnAllocation() {
        byte[] b = PCAP.toArray();
        b[24 + 8] = (byte) 0xff; // first record's captured length, little-endian: now about 4 GiB
        b[24 + 11] = (byte) 0x7f;
        CaptureReading r = Capture.read(Bytes.of(b));
        assertThat(r.frameCount()).isZero();
        assertThat(r.errors()).singleElement().isInstanceOfSatisfying(CaptureError.Truncated.class,
                t -> assertThat(t.offset()).isEqualTo(24));
    }

    /** Random segments between two endpoints: any sequence numbers, flags, overlaps and orders. */
    @Test
    void randomSegmentsReassembleWithoutThrowingOrInventingBytes() {
        Endpoint a = new Endpoint(Bytes.fromHex("0a000001"), 40000);
        Endpoint b = new Endpoint(Bytes.fromHex("0a000002"), 443);
        Gen<TcpSegment> segment = Gen.zip(Gen.booleans(), Gen.longs(0, 0xffffffffL),
                Gen.zip(Gen.ints(0, 0x1f), Gen.bytes(0, 40), Gen.ints(0, 3))).map(t -> {
                    boolean fromA = t._1;
                    long seq = t._3._3 == 0 ? t._2 : t._2 & 0xff; // often near each other, so they overlap
                    return TcpSegment.of(t._3._3, fromA ? a : b, fromA ? b : a, seq, 0, t._3._1, t._3._2);
                });
        Property.named("random segments").seed(7).cases(2000).check(Gen.listOf(segment, 0, 30), segments -> {
            Vector<TcpConnection> conns = Capture.connections(segments);
            long sent = segments.foldLeft(0L, (n, s) -> n + s.payload().size());
            long got = conns.foldLeft(0L, (n, c) -> n + c.clientStream().size() + c.serverStream().size());
            assertThat(got).isLessThanOrEqualTo(sent);
            for (TcpConnection c : conns) {
                long delivered = c.chunks().foldLeft(0L, (n, ch) -> n + ch.bytes().size());
                assertThat(delivered).isLessThanOrEqualTo(c.clientStream().size() + c.serverStream().size());
            }
        });
    }
}
