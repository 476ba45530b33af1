package org.tlscodec.vectors.session.dissect;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.capture.Capture;
import org.tlscodec.session.capture.CaptureWriter;
import org.tlscodec.session.capture.Frame;
import org.tlscodec.session.capture.LinkType;
import org.tlscodec.session.capture.SegmentFrames;
import org.tlscodec.session.capture.StreamNote;
import org.tlscodec.session.capture.TcpConnection;
import org.tlscodec.session.capture.TcpSegment;
import org.tlscodec.session.capture.TimestampPrecision;
import org.tlscodec.session.dissect.CaptureDissection;
import org.tlscodec.session.dissect.ConnectionDissection;
import org.tlscodec.session.dissect.Dissect;
import org.tlscodec.session.dissect.DissectSecrets;
import org.tlscodec.vectors.data.Captures;
import org.tlscodec.vectors.session.capture.BundledCaptures;

/**
 * {@link Dissect#capture(Bytes, DissectSecrets)} reads the file in one pass and feeds each TLS
 * connection's chunks to its conversation as the reassembly delivers them; it must give exactly
 * the dissection that the materialising path gives ({@link Capture#read}, then
 * {@link Dissect#capture(org.tlscodec.session.capture.CaptureReading, DissectSecrets)}): the same
 * connections, records, summaries, final sessions, errors and notes. On every
 * bundled capture, and on variants that take each of the one-pass path's branches: segments cut,
 * overlapped, duplicated and shuffled (the file's timestamps go back: the sorting path); the same
 * written in time order (the reassembly's out-of-order path); the handshake's SYN and SYN-ACK left
 * out and the client's first data segment written late (the client decided at the end, the stream's
 * start moved: the connection fed again); the file cut short; a pcapng carrying its key log.
 */
class StreamingDissectTest {
    private static final long SEED = 0x5712_ea4dL;

    private static void sameBothWays(Bytes file, DissectSecrets secrets) {
        CaptureDissection streamed = Dissect.capture(file, secrets);
        CaptureDissection materialised = Dissect.capture(Capture.read(file), secrets);
        assertThat(streamed.format()).isEqualTo(materialised.format());
        assertThat(streamed.errors()).isEqualTo(materialised.errors());
        assertThat(streamed.notes()).isEqualTo(materialised.notes());
        assertThat(streamed.carriedKeyLog()).isEqualTo(materialised.carriedKeyLog());
        assertThat(streamed.connections().size()).isEqualTo(materialised.connections().size());
        for (int i = 0; i < streamed.connections().size(); i++) {
            ConnectionDissection s = streamed.connections().get(i);
            ConnectionDissection m = materialised.connections().get(i);
            assertThat(s.number()).isEqualTo(m.number());
            assertThat(s.client()).isEqualTo(m.client());
            assertThat(s.server()).isEqualTo(m.server());
            assertThat(s.errors()).isEqualTo(m.errors());
            assertThat(s.records()).isEqualTo(m.records());
            assertThat(s.summary()).isEqualTo(m.summary());
            assertThat(s.dissection().streamErrors()).isEqualTo(m.dissection().streamErrors());
            // The session holds key material objects compared by identity; its text says every state it is in.
            assertThat(s.session().toString()).isEqualTo(m.session().toString());
        }
    }

    private static DissectSecrets secrets(String captureCase) {
        return DissectSecrets.keyLog(ExpectedCaptures.keyLog(captureCase));
    }

    private static Vector<TcpSegment> segments(String captureCase) {
        return ExpectedCaptures.frames(captureCase).flatMap(f -> Capture.tcpSegment(f).getOrElseThrow(e -> new AssertionError(e.message())));
    }

    /** A little-endian Ethernet pcap of {@code segments} in this order; with {@code retime}, frame i at i milliseconds. */
    private static Bytes pcap(List<TcpSegment> segments, boolean retime) {
        Vector<Frame> frames = Vector.empty();
        for (int i = 0; i < segments.size(); i++) {
            TcpSegment s = segments.get(i);
            long ts = retime ? 1_700_000_000_000_000_000L + i * 1_000_000L : s.timestampNanos();
            frames = frames.append(Frame.of(ts, LinkType.ETHERNET,
                    SegmentFrames.frame(s, LinkType.ETHERNET).getOrElseThrow(e -> new AssertionError(e.message()))));
        }
        return CaptureWriter.pcap(LinkType.ETHERNET, ByteOrder.LITTLE_ENDIAN, TimestampPrecision.MICROSECONDS, frames)
                .getOrElseThrow(e -> new AssertionError(e.message()));
    }

    @TestFactory
    Vector<DynamicTest> everyBundledPcapDissectsInOnePassToTheSameValuesAsFromMaterialisedConnections() {
        return Captures.CASES.map(c -> DynamicTest.dynamicTest(c, () -> sameBothWays(ExpectedCaptures.pcap(c), secrets(c))));
    }

    @TestFactory
    Vector<DynamicTest> shuffledDuplicatedOverlappingSegmentsDissectInOnePassToTheSameValues() {
        Random random = new Random(SEED);
        return Captures.CASES.map(c -> {
            Bytes shuffled = DissectShuffledCaptureTest.shuffled(c, random);
            return DynamicTest.dynamicTest(c, () -> sameBothWays(shuffled, secrets(c)));
        });
    }

    @TestFactory
    Vector<DynamicTest> segmentsOutOfSequenceOrderInATimeOrderedFileDissectInOnePassToTheSameValues() {
        Random random = new Random(SEED + 1);
        return Captures.CASES.map(c -> {
            Bytes file = pcap(BundledCaptures.mangled(segments(c), random), true);
            return DynamicTest.dynamicTest(c, () -> {
                sameBothWays(file, secrets(c));
                assertThat(Dissect.capture(file, secrets(c)).connections()).isNotEmpty();
            });
        });
    }

    @TestFactory
    Vector<DynamicTest> withoutSynAndWithTheClientsFirstDataLateTheOnePassDissectionIsStillTheSame() {
        return Captures.CASES.map(c -> DynamicTest.dynamicTest(c, () -> {
            List<TcpSegment> kept = new ArrayList<>(segments(c).filter(s -> !s.syn()).toJavaList());
            TcpSegment first = kept.stream().filter(s -> !s.payload().isEmpty()).findFirst().orElseThrow();
            TcpSegment second = kept.stream().filter(s -> s != first && !s.payload().isEmpty() && s.source().equals(first.source()))
                    .findFirst().orElseThrow();
            kept.remove(first);
            kept.add(kept.indexOf(second) + 1, first);
            Bytes late = pcap(kept, true);
            sameBothWays(late, secrets(c));
            sameBothWays(pcap(segments(c).filter(s -> !s.syn()).toJavaList(), false), secrets(c));
            // The first bytes came after later ones: kept at the stream's start, which moved after they were delivered.
            assertThat(Capture.read(late).connections().flatMap(TcpConnection::notes))
                    .anyMatch(n -> n instanceof StreamNote.BeforeStart b && b.kept());
        }));
    }

    @TestFactory
    Vector<DynamicTest> aCutFileDissectsInOnePassToTheSameValuesAndErrors() {
        return Captures.CASES.map(c -> DynamicTest.dynamicTest(c, () -> {
            Bytes pcap = ExpectedCaptures.pcap(c);
            for (int quarter = 1; quarter <= 3; quarter++) {
                sameBothWays(pcap.take(pcap.size() * quarter / 4), secrets(c));
            }
        }));
    }

    @TestFactory
    Vector<DynamicTest> aPcapngCarryingItsKeyLogDissectsInOnePassToTheSameValues() {
        return Captures.CASES.map(c -> DynamicTest.dynamicTest(c, () -> {
            Bytes pcapng = ExpectedCaptures.pcapngWithKeyLog(c, ExpectedCaptures.keyLog(c));
            sameBothWays(pcapng, DissectSecrets.none());
            assertThat(Dissect.capture(pcapng, DissectSecrets.none()).allDecrypted()).isTrue();
        }));
    }
}
