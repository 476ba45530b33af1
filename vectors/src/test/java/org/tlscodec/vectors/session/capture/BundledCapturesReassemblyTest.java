package org.tlscodec.vectors.session.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.capture.Capture;
import org.tlscodec.session.capture.CaptureFormat;
import org.tlscodec.session.capture.CaptureReading;
import org.tlscodec.session.capture.ClientEvidence;
import org.tlscodec.session.capture.Side;
import org.tlscodec.session.capture.StreamChunk;
import org.tlscodec.session.capture.TcpConnection;
import org.tlscodec.vectors.data.Captures;

/**
 * Every bundled OpenSSL loopback capture, read from its pcap: the reassembled streams are the bytes
 * each side sent (the bundled {@code streams/conn<N>.*.bin}), the connections and frames are the
 * ones tshark saw ({@code expected.json}).
 */
class BundledCapturesReassemblyTest {

    @Test
    void everyConnectionReassemblesToTheBytesEachSideSent() {
        for (String c : Captures.CASES) {
            CaptureReading r = Capture.read(BundledCaptures.pcap(c));
            assertThat(r.errors()).as(c).isEmpty();
            assertThat(r.format()).as(c).contains(CaptureFormat.PCAP);
            assertThat(r.connections()).as(c).hasSize(Captures.connections(c));
            for (TcpConnection conn : r.connections()) {
                for (Side side : Side.values()) {
                    assertThat(conn.stream(side).contiguous()).as(c + " " + conn.number() + " " + side).isTrue();
                    assertThat(conn.stream(side).bytes()).as(c + " " + conn.number() + " " + side)
                            .isEqualTo(BundledCaptures.stream(c, conn.number(), side));
                }
                assertThat(conn.notes()).as(c + " " + conn.number()).isEmpty();
                assertThat(conn.clientStream().finished() || conn.serverStream().finished()).as(c).isTrue();
            }
        }
    }

    @Test
    void connectionsAreNumberedInCaptureOrderWithTheClientPortsTsharkSaw() {
        for (String c : Captures.CASES) {
            JsonNode expected = BundledCaptures.expected(c);
            CaptureReading r = Capture.read(BundledCaptures.pcap(c));
            JsonNode conns = expected.path("connections");
            assertThat(r.connections()).as(c).hasSize(conns.size());
            for (int i = 0; i < conns.size(); i++) {
                TcpConnection conn = r.connections().get(i);
                assertThat(conn.number()).isEqualTo(i);
                assertThat(conn.clientEvidence()).as(c).isEqualTo(ClientEvidence.SYN);
                assertThat(conn.client().text()).as(c).isEqualTo("127.0.0.1:" + conns.get(i).path("client_port").asInt());
                assertThat(conn.server().text()).as(c).isEqualTo("127.0.0.1:" + expected.path("server_port").asInt());
            }
        }
    }

    @Test
    void everyConnectionIsFoundToBeTlsByItsBytes() {
        for (String c : Captures.CASES) {
            CaptureReading r = Capture.read(BundledCaptures.pcap(c));
            assertThat(r.connections()).as(c).isNotEmpty().allMatch(TcpConnection::tls);
            assertThat(r.tlsConnections()).as(c).hasSize(r.connections().size());
            for (TcpConnection conn : r.connections()) {
                assertThat(Capture.looksLikeClientHello(conn.clientStream().bytes())).as(c).isTrue();
                assertThat(Capture.looksLikeClientHello(conn.serverStream().bytes())).as(c).isFalse();
            }
        }
    }

    @Test
    void theInterleavingDeliversEachSidesStreamInOrder() {
        for (String c : Captures.CASES) {
            for (TcpConnection conn : Capture.read(BundledCaptures.pcap(c)).connections()) {
                for (Side side : Side.values()) {
                    Vector<StreamChunk> mine = conn.chunks().filter(ch -> ch.side() == side);
                    long offset = 0;
                    Bytes joined = Bytes.empty();
                    for (StreamChunk ch : mine) {
                        assertThat(ch.offset()).isEqualTo(offset);
                        offset += ch.bytes().size();
                        joined = joined.concat(ch.bytes());
                    }
                    assertThat(joined).as(c + " " + side).isEqualTo(conn.stream(side).bytes());
                }
            }
        }
    }

    /**
     * tshark lists every record at the frame that completes it, ordered by that frame and then by
     * position; walking the interleaving and cutting each side's bytes into records by their
     * headers gives the same list: the same directions, lengths and frames, in the same order. The
     * frame map agrees for each record's last byte.
     */
    @Test
    void recordsCompleteInTheFramesAndOrderTsharkReports() {
        for (String c : Captures.CASES) {
            CaptureReading r = Capture.read(BundledCaptures.pcap(c));
            JsonNode conns = BundledCaptures.expected(c).path("connections");
            for (int i = 0; i < conns.size(); i++) {
                TcpConnection conn = r.connections().get(i);
                List<String> expected = new ArrayList<>();
                for (JsonNode rec : conns.get(i).path("records")) {
                    expected.add(rec.path("dir").asText() + " len " + rec.path("length").asInt() + " frame " + rec.path("frame").asInt());
                }
                List<String> actual = new ArrayList<>();
                long[] next = {0, 0}; // per side: where the next record starts
                for (StreamChunk ch : conn.chunks()) {
                    int s = ch.side().ordinal();
                    Bytes stream = conn.stream(ch.side()).bytes();
                    long chunkEnd = ch.offset() + ch.bytes().size();
                    while (next[s] + 5 <= stream.size()) {
                        int length = stream.get((int) next[s] + 3) << 8 | stream.get((int) next[s] + 4);
                        long end = next[s] + 5 + length;
                        if (end > chunkEnd) {
                            break;
                        }
                        assertThat(conn.stream(ch.side()).frameAt(end - 1).get().frame()).isLessThanOrEqualTo(ch.frame());
                        actual.add((ch.side() == Side.CLIENT ? "c2s" : "s2c") + " len " + length + " frame " + ch.frame());
                        next[s] = end;
                    }
                }
                assertThat(actual).as(c + " connection " + i).isEqualTo(expected);
            }
        }
    }
}
