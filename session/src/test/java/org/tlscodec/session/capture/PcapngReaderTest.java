package org.tlscodec.session.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Bytes;

/** The pcapng format (draft-ietf-opsawg-pcapng), blocks written byte by byte here. */
class PcapngReaderTest {
    private static final Bytes DATA = Bytes.fromHex("45000014");

    /** Writes blocks in one byte order. */
    private static final class Blocks {
        final boolean little;
        final ByteWriter w = new ByteWriter();

        Blocks(boolean little) {
            this.little = little;
        }

        Blocks u16(int v) {
            w.writeUint16(little ? (v & 0xff) << 8 | v >>> 8 : v);
            return this;
        }

        Blocks u32(long v) {
            w.writeUint32(little ? Integer.reverseBytes((int) v) & 0xffffffffL : v & 0xffffffffL);
            return this;
        }

        /** A block of {@code type} whose body is what {@code body} writes, padded. */
        Blocks block(long type, java.util.function.Consumer<Blocks> body) {
            Blocks inner = new Blocks(little);
            body.accept(inner);
            Bytes b = inner.w.toBytes();
            int padded = (b.size() + 3) & ~3;
            u32(type).u32(12 + padded);
            w.writeBytes(b);
            w.writeBytes(Bytes.zeros(padded - b.size()));
            return u32(12 + padded);
        }

        Blocks section() {
            return block(0x0A0D0D0AL, b -> b.u32(0x1A2B3C4DL).u16(1).u16(0).u32(0xffffffffL).u32(0xffffffffL));
        }

        Blocks iface(int link, Bytes options) {
            return block(1, b -> {
                b.u16(link).u16(0).u32(0);
                b.w.writeBytes(options);
            });
        }

        Blocks enhanced(int iface, long units, Bytes data) {
            return block(6, b -> {
                b.u32(iface).u32(units >>> 32).u32(units & 0xffffffffL).u32(data.size()).u32(data.size());
                b.w.writeBytes(data);
                b.w.writeBytes(Bytes.zeros((4 - data.size() % 4) % 4));
            });
        }

        Bytes bytes() {
            return w.toBytes();
        }
    }

    @Test
    void eachSectionHasItsOwnByteOrderAndInterfaces() {
        Bytes first = new Blocks(true).section().iface(1, Bytes.empty()).enhanced(0, 1, DATA).bytes();
        Bytes second = new Blocks(false).section().iface(101, Bytes.empty()).enhanced(0, 2, DATA).bytes();
        FrameReading r = Capture.frames(first.concat(second));
        assertThat(r.errors()).isEmpty();
        assertThat(r.format()).contains(CaptureFormat.PCAPNG);
        assertThat(r.frames().map(Frame::link)).containsExactly(LinkType.ETHERNET, LinkType.RAW);
        assertThat(r.frames().map(Frame::number)).containsExactly(1, 2);
        assertThat(r.frames().map(Frame::timestampNanos)).containsExactly(1000L, 2000L);
        assertThat(r.frames().map(Frame::data)).containsOnly(DATA);
    }

    @Test
    void ifTsresolAndIfTsoffsetSetTheTimestampUnit() {
        Bytes nanos = Bytes.fromHex("0009 0001 09000000 0000 0000"); // if_tsresol = 10^-9 (big-endian option header)
        Bytes binary = Bytes.fromHex("0009 0001 8a000000 0000 0000"); // 2^-10
        Bytes offset = Bytes.fromHex("000e 0008 0000000000000064 0000 0000"); // if_tsoffset = 100 s
        Bytes file = new Blocks(false).section().iface(1, nanos).iface(1, binary).iface(1, offset)
                .enhanced(0, 1_234_567_890_123L, DATA).enhanced(1, 3 * 1024 + 512, DATA).enhanced(2, 7, DATA).bytes();
        FrameReading r = Capture.frames(file);
        assertThat(r.errors()).isEmpty();
        assertThat(r.frames().map(Frame::timestampNanos)).containsExactly(1_234_567_890_123L, 3_500_000_000L, 100_000_007_000L);
    }

    @Test
    void simpleAndObsoletePacketBlocksAreFrames() {
        Blocks b = new Blocks(true).section().iface(1, Bytes.empty()).enhanced(0, 9, DATA);
        b.block(3, x -> {
            x.u32(6);
            x.w.writeBytes(Bytes.fromHex("aabbccddeeff"));
        });
        b.block(2, x -> {
            x.u16(0).u16(0).u32(0).u32(11).u32(2).u32(60);
            x.w.writeBytes(Bytes.fromHex("0102"));
        });
        FrameReading r = Capture.frames(b.bytes());
        assertThat(r.errors()).isEmpty();
        assertThat(r.frames().map(Frame::data)).containsExactly(DATA, Bytes.fromHex("aabbccddeeff"), Bytes.fromHex("0102"));
        assertThat(r.frames().map(Frame::timestampNanos)).containsExactly(9000L, 9000L, 11000L);
        assertThat(r.frames().get(2).truncated()).isTrue();
    }

    @Test
    void decryptionSecretsBlocksAreCollectedAndTlskOnesAreTheKeyLog() {
        String keyLog = "CLIENT_RANDOM 00 11\n";
        Bytes file = new Blocks(true).section().block(10, b -> {
            b.u32(DecryptionSecrets.TLS_KEY_LOG).u32(keyLog.length());
            b.w.writeBytes(Bytes.utf8(keyLog));
        }).block(10, b -> {
            b.u32(0x57474b4cL).u32(3); // WireGuard keys: kept, not a key log
            b.w.writeBytes(Bytes.fromHex("010203"));
        }).bytes();
        FrameReading frames = Capture.frames(file);
        assertThat(frames.secrets()).hasSize(2);
        assertThat(frames.secrets().get(1).keyLogText()).isEmpty();
        assertThat(frames.secrets().get(1).data()).isEqualTo(Bytes.fromHex("010203"));
        assertThat(Capture.read(file).keyLog()).isEqualTo(keyLog);
    }

    @Test
    void decryptionSecretsAreNeverPrinted() {
        String keyLog = "CLIENT_RANDOM 6a8b 4f3e9d1c\n";
        Bytes file = new Blocks(true).section().block(10, b -> {
            b.u32(DecryptionSecrets.TLS_KEY_LOG).u32(keyLog.length());
            b.w.writeBytes(Bytes.utf8(keyLog));
        }).bytes();
        CaptureReading r = Capture.read(file);
        assertThat(r.keyLog()).isEqualTo(keyLog);
        assertThat(r.toString()).doesNotContain("4f3e9d1c").doesNotContain(Bytes.utf8("4f3e9d1c").hex()).contains("0x544c534b");
        assertThat(Capture.frames(file).toString()).doesNotContain("4f3e9d1c").doesNotContain(Bytes.utf8("4f3e9d1c").hex());
    }

    @Test
    void unknownBlocksAreSkippedAndCounted() {
        Blocks b = new Blocks(true).section().iface(1, Bytes.empty());
        b.block(5, x -> x.u32(0).u32(0).u32(0)); // interface statistics
        b.block(0x40000BADL, x -> x.u32(32473));
        b.block(0x40000BADL, x -> x.u32(32473));
        b.enhanced(0, 1, DATA);
        FrameReading r = Capture.frames(b.bytes());
        assertThat(r.errors()).isEmpty();
        assertThat(r.frames()).hasSize(1);
        assertThat(r.notes().map(CaptureNote::text)).containsExactly("1 block of type 0x5 skipped", "2 blocks of type 0x40000bad skipped");
    }

    @Test
    void aBadBlockLengthStopsReadingWithAnErrorAtItsOffset() {
        Bytes good = new Blocks(true).section().iface(1, Bytes.empty()).enhanced(0, 1, DATA).bytes();
        Bytes bad = new Blocks(true).u32(6).u32(13).bytes().concat(Bytes.zeros(8));
        FrameReading r = Capture.frames(good.concat(bad));
        assertThat(r.frames()).hasSize(1);
        assertThat(r.errors()).singleElement().isInstanceOfSatisfying(CaptureError.Malformed.class, m -> {
            assertThat(m.offset()).isEqualTo(good.size() + 4);
            assertThat(m.message()).contains("multiple of 4").contains("13");
        });
    }

    @Test
    void aPacketOnAnUndeclaredInterfaceIsSkippedAndTheNextIsRead() {
        Bytes file = new Blocks(false).section().iface(1, Bytes.empty()).enhanced(3, 1, DATA).enhanced(0, 2, DATA).bytes();
        FrameReading r = Capture.frames(file);
        assertThat(r.frames().map(Frame::number)).containsExactly(2);
        assertThat(r.errors()).singleElement().isInstanceOfSatisfying(CaptureError.BadPacket.class, b -> {
            assertThat(b.frame()).isEqualTo(1);
            assertThat(b.message()).contains("interface id below 1").contains("found 3");
        });
    }

    @Test
    void aTrailingLengthThatDiffersIsReportedAndReadingGoesOn() {
        byte[] b = new Blocks(true).section().iface(1, Bytes.empty()).enhanced(0, 1, DATA).enhanced(0, 2, DATA).bytes().toArray();
        int firstEpbEnd = 28 + 20 + 36;
        b[firstEpbEnd - 4] = 0x30; // 48, not 36
        FrameReading r = Capture.frames(Bytes.of(b));
        assertThat(r.frames()).hasSize(2);
        assertThat(r.errors()).singleElement().isInstanceOfSatisfying(CaptureError.Malformed.class,
                m -> assertThat(m.offset()).isEqualTo(firstEpbEnd - 4));
    }

    @Test
    void aBadByteOrderMagicIsMalformed() {
        byte[] b = new Blocks(true).section().bytes().toArray();
        b[8] = 0;
        assertThat(Capture.frames(Bytes.of(b)).errors()).singleElement().isInstanceOfSatisfying(CaptureError.Malformed.class,
                m -> assertThat(m.message()).contains("byte-order magic").contains("offset 8"));
    }
}
