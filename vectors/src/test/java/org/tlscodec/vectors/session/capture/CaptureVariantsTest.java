package org.tlscodec.vectors.session.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.capture.Capture;
import org.tlscodec.session.capture.CaptureFormat;
import org.tlscodec.session.capture.CaptureReading;
import org.tlscodec.session.capture.CaptureWriter;
import org.tlscodec.session.capture.DecryptionSecrets;
import org.tlscodec.session.capture.Endpoint;
import org.tlscodec.session.capture.Frame;
import org.tlscodec.session.capture.FrameReading;
import org.tlscodec.session.capture.LinkType;
import org.tlscodec.session.capture.Side;
import org.tlscodec.session.capture.TcpConnection;
import org.tlscodec.session.capture.TcpSegment;
import org.tlscodec.session.capture.TimestampPrecision;
import org.tlscodec.vectors.data.Captures;

/**
 * The packets of every bundled capture written again in the other forms a capture comes in —
 * pcapng with the case's key log in a Decryption Secrets Block, libpcap big-endian and with
 * nanosecond timestamps, Linux cooked v1 and v2, raw IP, BSD and OpenBSD loopback, IPv6 — all
 * reassemble to the same streams and interleaving, and the key log comes back exactly.
 */
class CaptureVariantsTest {

    private static void sameAsBundled(String c, Bytes file, String form) {
        CaptureReading original = Capture.read(BundledCaptures.pcap(c));
        CaptureReading r = Capture.read(file);
        assertThat(r.errors()).as(c + " " + form).isEmpty();
        assertThat(r.connections()).as(c + " " + form).hasSize(original.connections().size());
        for (TcpConnection conn : r.connections()) {
            assertThat(conn.tls()).as(c + " " + form).isTrue();
            for (Side side : Side.values()) {
                assertThat(conn.stream(side).bytes()).as(c + " " + form + " " + side)
                        .isEqualTo(BundledCaptures.stream(c, conn.number(), side));
            }
            assertThat(conn.chunks().map(ch -> ch.side() + " " + ch.frame() + " " + ch.bytes()))
                    .as(c + " " + form)
                    .isEqualTo(original.connections().get(conn.number()).chunks().map(ch -> ch.side() + " " + ch.frame() + " " + ch.bytes()));
        }
    }

    @Test
    void pcapngWithADecryptionSecretsBlockGivesTheSameStreamsAndTheKeyLogExactly() {
        for (String c : Captures.CASES) {
            String keyLog = BundledCaptures.keyLog(c);
            for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
                Bytes file = CaptureWriter.pcapng(order, Vector.of(DecryptionSecrets.keyLog(keyLog)), BundledCaptures.frames(c));
                sameAsBundled(c, file, "pcapng " + order);
                CaptureReading r = Capture.read(file);
                assertThat(r.format()).contains(CaptureFormat.PCAPNG);
                assertThat(r.keyLog()).as(c).isEqualTo(keyLog);
                assertThat(r.secrets()).hasSize(1);
                assertThat(r.secrets().get(0).toString()).doesNotContain(keyLog.substring(0, 20));
            }
        }
    }

    @Test
    void pcapngFramesKeepTheirNumbersTimestampsAndBytes() {
        for (String c : Captures.CASES) {
            Vector<Frame> frames = BundledCaptures.frames(c);
            FrameReading again = Capture.frames(CaptureWriter.pcapng(ByteOrder.BIG_ENDIAN, Vector.empty(), frames));
            assertThat(again.errors()).isEmpty();
            assertThat(again.frames().map(f -> f.number() + " " + f.timestampNanos() + " " + f.link() + " " + f.data()))
                    .isEqualTo(frames.map(f -> f.number() + " " + f.timestampNanos() + " " + f.link() + " " + f.data()));
        }
    }

    @Test
    void libpcapInTheOtherByteOrderAndWithNanosecondsGivesTheSameStreams() {
        for (String c : Captures.CASES) {
            Vector<Frame> frames = BundledCaptures.frames(c);
            for (TimestampPrecision p : TimestampPrecision.values()) {
                Bytes file = CaptureWriter.pcap(LinkType.ETHERNET, ByteOrder.BIG_ENDIAN, p, frames).get();
                sameAsBundled(c, file, "big-endian " + p);
                assertThat(Capture.frames(file).frames().map(Frame::timestampNanos)).isEqualTo(frames.map(Frame::timestampNanos));
            }
            sameAsBundled(c, CaptureWriter.pcap(LinkType.ETHERNET, ByteOrder.LITTLE_ENDIAN, TimestampPrecision.NANOSECONDS, frames).get(),
                    "little-endian nanoseconds");
        }
    }

    @Test
    void cookedRawAndLoopbackLinksGiveTheSameStreams() {
        LinkType[] links = {LinkType.LINUX_SLL, LinkType.LINUX_SLL2, LinkType.RAW, LinkType.IPV4, LinkType.NULL,
            LinkType.LOOP, LinkType.RAW_OR_LOOP};
        for (String c : Captures.CASES) {
            Vector<TcpSegment> segments = BundledCaptures.segments(c);
            for (LinkType link : links) {
                sameAsBundled(c, BundledCaptures.pcapOf(link, BundledCaptures.rebuild(segments, link)), link.toString());
            }
        }
    }

    @Test
    void overIpv6TheSameStreamsComeWithBracketedEndpoints() {
        Bytes loopback6 = Bytes.fromHex("00000000000000000000000000000001");
        for (String c : Captures.CASES) {
            Vector<TcpSegment> v6 = BundledCaptures.segments(c).map(s -> new TcpSegment(s.frame(), s.timestampNanos(),
                    new Endpoint(loopback6, s.source().port()), new Endpoint(loopback6, s.destination().port()),
                    s.sequence(), s.acknowledgment(), s.flags(), s.payload(), false));
            for (LinkType link : new LinkType[] {LinkType.ETHERNET, LinkType.IPV6, LinkType.LINUX_SLL2, LinkType.NULL}) {
                Bytes file = BundledCaptures.pcapOf(link, BundledCaptures.rebuild(v6, link));
                sameAsBundled(c, file, "IPv6 " + link);
                CaptureReading r = Capture.read(file);
                int port = BundledCaptures.expected(c).path("server_port").asInt();
                assertThat(r.connections()).allMatch(conn -> conn.server().text().equals("[::1]:" + port)
                        && conn.client().text().startsWith("[::1]:"));
            }
        }
    }
}
