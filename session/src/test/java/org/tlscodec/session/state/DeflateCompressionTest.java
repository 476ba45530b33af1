package org.tlscodec.session.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

/** RFC 3749's DEFLATE as a direction's compression state: one stream across records, bounded output, used once per record. */
class DeflateCompressionTest {

    private static Bytes text(String s) {
        return Bytes.of(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** What java.util.zip makes of {@code records}, one sync flush after each, in one stream. */
    private static java.util.List<Bytes> zlib(Bytes... records) {
        Deflater d = new Deflater();
        java.util.List<Bytes> out = new java.util.ArrayList<>();
        for (Bytes r : records) {
            d.setInput(r.toArray());
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            byte[] buf = new byte[100];
            int n;
            do {
                n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
                o.write(buf, 0, n);
            } while (n == buf.length);
            out.add(Bytes.of(o.toByteArray()));
        }
        return out;
    }

    @Test
    void recordsCompressToOneSyncFlushedZlibStreamAndDecompressBackInOrder() {
        Bytes a = text("GET /index.html HTTP/1.1\r\nHost: example.com\r\n\r\n");
        Bytes b = text("GET /index.html HTTP/1.1\r\nHost: example.com\r\n\r\n");
        DeflateCompression.Result ca = DeflateCompression.start().compress(a).get();
        DeflateCompression.Result cb = ca.next().compress(b).get();

        assertThat(java.util.List.of(ca.bytes(), cb.bytes())).isEqualTo(zlib(a, b));
        assertThat(cb.bytes().size()).as("the second record refers back to the first").isLessThan(ca.bytes().size() / 2);
        DeflateCompression.Result da = DeflateCompression.start().decompress(ca.bytes()).get();
        assertThat(da.bytes()).isEqualTo(a);
        assertThat(da.next().decompress(cb.bytes()).get().bytes()).isEqualTo(b);
    }

    @Test
    void aRecordThatWouldInflatePast2To14IsDecompressionFailureWithoutInflatingIt() {
        Bytes bomb = zlib(Bytes.of(new byte[1 << 20])).get(0); // 1 MiB of zeros in about a kilobyte

        assertThat(bomb.size()).isLessThan(DeflateCompression.MAX_COMPRESSED);
        assertThat(DeflateCompression.start().decompress(bomb).getLeft().message()).contains("decompression_failure").contains("2^14");
    }

    @Test
    void exactly2To14BytesOfPlaintextIsAllowed() {
        Bytes full = Bytes.of(new byte[DeflateCompression.MAX_PLAINTEXT]);
        assertThat(DeflateCompression.start().decompress(zlib(full).get(0)).get().bytes()).isEqualTo(full);
    }

    @Test
    void aCompressedFragmentOver2To14Plus1024IsRecordOverflow() {
        assertThat(DeflateCompression.start().decompress(Bytes.of(new byte[DeflateCompression.MAX_COMPRESSED + 1])).getLeft().message())
                .startsWith("protocol: record_overflow");
    }

    @Test
    void bytesThatAreNotTheStreamsNextPieceAreDecompressionFailure() {
        assertThat(DeflateCompression.start().decompress(Bytes.fromHex("ffffffffffff")).getLeft().message()).contains("decompression_failure");
    }

    @Test
    void aStateUsedForASecondRecordIsRefused() {
        DeflateCompression start = DeflateCompression.start();
        start.compress(text("one")).get();
        assertThat(start.compress(text("two")).getLeft().message()).contains("already used");
    }
}
