package org.tlscodec.vectors.session.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.capture.Capture;
import org.tlscodec.session.capture.CaptureError;
import org.tlscodec.session.capture.CaptureReading;
import org.tlscodec.session.capture.CaptureWriter;
import org.tlscodec.session.capture.DecryptionSecrets;
import org.tlscodec.session.capture.Frame;
import org.tlscodec.session.capture.FrameReading;
import org.tlscodec.session.capture.Side;
import org.tlscodec.session.capture.TcpConnection;
import org.tlscodec.vectors.data.Captures;

/**
 * Bundled captures cut at every byte: the frames wholly before the cut come back, and the cut is
 * one {@link CaptureError.Truncated} at the start of the record or block it fell in (none when the
 * cut falls between two); the streams are prefixes of what each side sent. Nothing is thrown.
 */
class TruncatedCaptureTest {

    @Test
    void aPcapCutAnywhereGivesTheFramesBeforeTheCutAndOneTruncatedError() {
        for (String c : Vector.of("tls13_psk_resumption", "tls12_rsa_aes128_sha", "tls13_large_appdata")) {
            Bytes file = BundledCaptures.pcap(c);
            Vector<Frame> all = BundledCaptures.frames(c);
            for (int cut = 0; cut < file.size(); cut += cut < 200 ? 1 : 7) {
                int at = cut;
                FrameReading r = Capture.frames(file.take(cut));
                Vector<Frame> whole = all.filter(f -> f.dataOffset() + f.data().size() <= at);
                assertThat(r.frames()).as(c + " cut at " + cut).isEqualTo(whole);
                if (cut < 4) {
                    assertThat(r.errors()).singleElement().isInstanceOf(CaptureError.NotACapture.class);
                    continue;
                }
                boolean onBoundary = cut == 24 || all.exists(f -> f.dataOffset() + f.data().size() == at);
                if (onBoundary) {
                    assertThat(r.errors()).as(c + " cut at " + cut).isEmpty();
                } else {
                    long recordStart = whole.isEmpty() ? (cut < 24 ? 0 : 24) : whole.last().dataOffset() + whole.last().data().size();
                    assertThat(r.errors()).as(c + " cut at " + cut).singleElement()
                            .isInstanceOfSatisfying(CaptureError.Truncated.class, t -> {
                                assertThat(t.offset()).isEqualTo(recordStart);
                                assertThat(t.available()).isEqualTo(at - recordStart);
                                assertThat(t.message()).contains("offset " + recordStart).contains("expected");
                            });
                }
                streamsArePrefixes(c, Capture.read(file.take(cut)));
            }
        }
    }

    @Test
    void aPcapngCutAnywhereGivesTheBlocksBeforeTheCutAndOneTruncatedError() {
        String c = "tls12_ticket_resumption";
        String keyLog = BundledCaptures.keyLog(c);
        Bytes file = CaptureWriter.pcapng(ByteOrder.LITTLE_ENDIAN, Vector.of(DecryptionSecrets.keyLog(keyLog)), BundledCaptures.frames(c));
        FrameReading full = Capture.frames(file);
        // Block boundaries: where each block ends. The writer puts SHB, IDB, DSB, then one EPB per frame.
        Vector<Long> packetEnds = full.frames().map(f -> f.dataOffset() + ((f.data().size() + 3) & ~3) + 4);
        long dsbEnd = full.frames().head().dataOffset() - 28;
        for (int cut = 4; cut < file.size(); cut += cut < 400 ? 1 : 5) {
            int at = cut;
            FrameReading r = Capture.frames(file.take(cut));
            assertThat(r.frames()).as("cut at " + cut).isEqualTo(full.frames().filter(f -> packetEnds.get(f.number() - 1) <= at));
            assertThat(r.secrets().isEmpty()).as("cut at " + cut).isEqualTo(cut < dsbEnd);
            boolean onBoundary = cut == 28 || cut == 60 || cut == dsbEnd || packetEnds.contains((long) cut);
            if (onBoundary) {
                assertThat(r.errors()).as("cut at " + cut).isEmpty();
            } else {
                assertThat(r.errors()).as("cut at " + cut).singleElement().isInstanceOfSatisfying(CaptureError.Truncated.class,
                        t -> assertThat(t.offset() + t.available()).isEqualTo(at));
            }
            streamsArePrefixes(c, Capture.read(file.take(cut)));
        }
    }

    private static void streamsArePrefixes(String c, CaptureReading r) {
        for (TcpConnection conn : r.connections()) {
            for (Side side : Side.values()) {
                assertThat(BundledCaptures.stream(c, conn.number(), side).startsWith(conn.stream(side).bytes()))
                        .as(c + " " + conn.number() + " " + side).isTrue();
            }
        }
    }

    @Test
    void aBadMagicNumberIsAnErrorNamingWhatWasFound() {
        CaptureReading r = Capture.read(Bytes.utf8("GET / HTTP/1.1\r\n"));
        assertThat(r.connections()).isEmpty();
        assertThat(r.format()).isEmpty();
        assertThat(r.errors()).singleElement().isInstanceOfSatisfying(CaptureError.NotACapture.class, e -> {
            assertThat(e.found()).isEqualTo(Bytes.utf8("GET "));
            assertThat(e.message()).contains("47455420").contains("a1b2c3d4").contains("0a0d0d0a");
        });
        assertThat(Captures.CASES).isNotEmpty();
    }
}
