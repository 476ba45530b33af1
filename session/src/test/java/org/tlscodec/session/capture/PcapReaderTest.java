package org.tlscodec.session.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Bytes;

/** The libpcap file format (draft-ietf-opsawg-pcap sections 4 and 5), files written byte by byte here. */
class PcapReaderTest {

    /** A file header then records of (seconds, fraction, captured bytes, original length). */
    private static Bytes pcap(String magic, boolean little, int link, Object... records) {
        ByteWriter w = new ByteWriter();
        w.writeBytes(Bytes.fromHex(magic));
        put16(w, 2, little);
        put16(w, 4, little);
        put32(w, 0, little);
        put32(w, 0, little);
        put32(w, 65535, little);
        put32(w, link, little);
        for (int i = 0; i < records.length; i += 4) {
            Bytes data = (Bytes) records[i + 2];
            put32(w, (Long) records[i], little);
            put32(w, (Long) records[i + 1], little);
            put32(w, data.size(), little);
            put32(w, (Long) records[i + 3], little);
            w.writeBytes(data);
        }
        return w.toBytes();
    }

    private static void put16(ByteWriter w, int v, boolean little) {
        w.writeUint16(little ? (v & 0xff) << 8 | v >>> 8 : v);
    }

    private static void put32(ByteWriter w, long v, boolean little) {
        w.writeUint32(little ? Integer.reverseBytes((int) v) & 0xffffffffL : v);
    }

    @Test
    void bothByteOrdersOfTheMicrosecondMagicReadTheSameFrames() {
        Bytes data = Bytes.fromHex("0102030405");
        for (boolean little : new boolean[] {true, false}) {
            Bytes file = pcap(little ? "d4c3b2a1" : "a1b2c3d4", little, 1, 1_700_000_000L, 250_000L, data, 5L, 1_700_000_001L, 0L, data, 5L);
            FrameReading r = Capture.frames(file);
            assertThat(r.errors()).isEmpty();
            assertThat(r.format()).contains(CaptureFormat.PCAP);
            assertThat(r.frames()).hasSize(2);
            Frame f = r.frames().get(0);
            assertThat(f.number()).isEqualTo(1);
            assertThat(f.dataOffset()).isEqualTo(40);
            assertThat(f.timestampNanos()).isEqualTo(1_700_000_000_250_000_000L);
            assertThat(f.link()).isEqualTo(LinkType.ETHERNET);
            assertThat(f.data()).isEqualTo(data);
            assertThat(r.frames().get(1).number()).isEqualTo(2);
        }
    }

    @Test
    void theNanosecondMagicKeepsNanoseconds() {
        Bytes file = pcap("4d3cb2a1", true, 101, 5L, 123_456_789L, Bytes.fromHex("45"), 1L);
        assertThat(Capture.frames(file).frames().get(0).timestampNanos()).isEqualTo(5_123_456_789L);
        Bytes big = pcap("a1b23c4d", false, 101, 5L, 123_456_789L, Bytes.fromHex("45"), 1L);
        assertThat(Capture.frames(big).frames().get(0).timestampNanos()).isEqualTo(5_123_456_789L);
    }

    @Test
    void aPacketCapturedShortOfItsLengthIsKeptAndFlagged() {
        Frame f = Capture.frames(pcap("d4c3b2a1", true, 1, 0L, 0L, Bytes.fromHex("0102"), 1500L)).frames().get(0);
        assertThat(f.truncated()).isTrue();
        assertThat(f.data()).isEqualTo(Bytes.fromHex("0102"));
        assertThat(f.originalLength()).isEqualTo(1500);
    }

    @Test
    void theModifiedFormatsLongerRecordHeadersAreSkipped() {
        ByteWriter w = new ByteWriter();
        w.writeBytes(pcap("34cdb2a1", true, 1));
        for (int i = 0; i < 2; i++) {
            put32(w, 7, true);
            put32(w, 8, true);
            put32(w, 2, true);
            put32(w, 2, true);
            w.writeBytes(Bytes.zeros(8)); // ifindex, protocol, packet type, padding
            w.writeBytes(Bytes.fromHex("abcd"));
        }
        FrameReading r = Capture.frames(w.toBytes());
        assertThat(r.errors()).isEmpty();
        assertThat(r.frames().map(Frame::data)).containsExactly(Bytes.fromHex("abcd"), Bytes.fromHex("abcd"));
    }

    @Test
    void aFileCutInsideARecordGivesTheFramesBeforeAndAnErrorAtTheRecordsStart() {
        Bytes file = pcap("d4c3b2a1", true, 1, 0L, 0L, Bytes.fromHex("0102"), 2L, 0L, 0L, Bytes.fromHex("030405"), 3L);
        FrameReading insideData = Capture.frames(file.take(file.size() - 1));
        assertThat(insideData.frames()).hasSize(1);
        assertThat(insideData.errors()).singleElement().isInstanceOfSatisfying(CaptureError.Truncated.class, t -> {
            assertThat(t.offset()).isEqualTo(42);
            assertThat(t.expected()).contains("packet record 2").contains("3 captured bytes");
        });
        FrameReading insideHeader = Capture.frames(file.take(50));
        assertThat(insideHeader.frames()).hasSize(1);
        assertThat(insideHeader.errors()).singleElement().isInstanceOfSatisfying(CaptureError.Truncated.class, t -> {
            assertThat(t.offset()).isEqualTo(42);
            assertThat(t.available()).isEqualTo(8);
            assertThat(t.expected()).contains("16-byte packet record header");
        });
        assertThat(Capture.frames(file.take(20)).errors()).singleElement().isInstanceOfSatisfying(CaptureError.Truncated.class,
                t -> assertThat(t.expected()).contains("24-byte libpcap file header"));
    }

    @Test
    void anUnknownMagicIsNotACapture() {
        FrameReading r = Capture.frames(Bytes.fromHex("cafebabe00000000"));
        assertThat(r.format()).isEmpty();
        assertThat(r.errors()).singleElement().isInstanceOfSatisfying(CaptureError.NotACapture.class,
                e -> assertThat(e.message()).contains("cafebabe"));
        assertThat(Capture.frames(Bytes.fromHex("d4c3")).errors().get(0)).isInstanceOf(CaptureError.NotACapture.class);
    }
}
