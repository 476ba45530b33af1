package org.tlscodec.vectors.session.dissect;

import org.tlscodec.vectors.session.capture.BundledCaptures;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.nio.ByteOrder;
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
import org.tlscodec.session.capture.TcpSegment;
import org.tlscodec.session.capture.TimestampPrecision;
import org.tlscodec.session.dissect.CaptureDissection;
import org.tlscodec.session.dissect.ConnectionDissection;
import org.tlscodec.session.dissect.Dissect;
import org.tlscodec.session.dissect.DissectSecrets;
import org.tlscodec.vectors.data.Captures;

/**
 * Issue 5: "a capture whose TCP segments are shuffled and duplicated gives the same JSON as the
 * original". Every bundled capture rebuilt with {@link CaptureWriter}: each TCP segment cut into
 * pieces that overlap the next by a few bytes, about a quarter of the pieces written twice, and
 * all of them shuffled (fixed seed). The dissection is the same values as the original's: every
 * connection's number, endpoints, records (bytes, decrypted contents, offsets) and summary.
 */
class DissectShuffledCaptureTest {
    private static final long SEED = 0xd155_ec7L;

    @TestFactory
    Vector<DynamicTest> shuffledDuplicatedOverlappingSegmentsDissectToTheSameConnectionsAsTheOriginal() {
        Random random = new Random(SEED);
        return Captures.CASES.map(c -> {
            Bytes shuffled = shuffled(c, random);
            return DynamicTest.dynamicTest(c, () -> {
                DissectSecrets secrets = DissectSecrets.keyLog(ExpectedCaptures.keyLog(c));
                CaptureDissection original = Dissect.capture(ExpectedCaptures.pcap(c), secrets);
                CaptureDissection mangled = Dissect.capture(shuffled, secrets);

                assertThat(mangled.allErrors()).isEmpty();
                assertThat(mangled.connections().size()).isEqualTo(original.connections().size());
                for (ConnectionDissection m : mangled.connections()) {
                    ConnectionDissection o = original.connections().get(m.number());
                    assertThat(m.client()).isEqualTo(o.client());
                    assertThat(m.server()).isEqualTo(o.server());
                    assertThat(m.records()).isEqualTo(o.records());
                    assertThat(m.summary()).isEqualTo(o.summary());
                    ExpectedCaptures.matchesTshark(c, m.number(), m);
                }
            });
        });
    }

    /** The capture's segments cut, overlapped, duplicated and shuffled, written as a little-endian Ethernet pcap. */
    static Bytes shuffled(String captureCase, Random random) {
        Vector<TcpSegment> segments = ExpectedCaptures.frames(captureCase)
                .flatMap(f -> Capture.tcpSegment(f).getOrElseThrow(e -> new AssertionError(e.message())));
        List<TcpSegment> mangled = BundledCaptures.mangled(segments, random);
        Vector<Frame> frames = Vector.ofAll(mangled).map(s -> Frame.of(s.timestampNanos(), LinkType.ETHERNET,
                SegmentFrames.frame(s, LinkType.ETHERNET).getOrElseThrow(e -> new AssertionError(e.message()))));
        return CaptureWriter.pcap(LinkType.ETHERNET, ByteOrder.LITTLE_ENDIAN, TimestampPrecision.MICROSECONDS, frames)
                .getOrElseThrow(e -> new AssertionError(e.message()));
    }

    /** The segment cut into 1 to 4 pieces, each reaching up to 7 bytes into the next; only the last keeps a FIN. */
}
