package org.tlscodec.tls.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.Path;
import org.tlscodec.codec.RenderedText;

class SSLv2RecordTest {

    /** Scapy's sslv2.uts CLIENT-HELLO (openssl 0.9.8 s_client -ssl2): a 2-byte header, length 0x2e. */
    static final Bytes CLIENT_HELLO = Bytes.fromHex(
            "802e0100020015000000100700c00500800300800100800600400400800200801afb2f9ca3d1293454a3152821ffd10c");

    @Test
    void theTwoByteHeaderHasAFifteenBitLengthAndNoPadding() {
        SSLv2Record r = SSLv2Record.CODEC.decode(CLIENT_HELLO).get();
        assertThat(r.form()).isEqualTo(SSLv2Record.HeaderForm.TWO_BYTE);
        assertThat(r.isEscape()).isFalse();
        assertThat(r.padding()).isZero();
        assertThat(r.data().size()).isEqualTo(0x2e);
        assertThat(r.messageType().get()).isEqualTo(SSLv2Record.MT_CLIENT_HELLO);
        assertThat(r.wireLength()).isEqualTo(48);
        assertThat(SSLv2Record.CODEC.encode(r).get()).isEqualTo(CLIENT_HELLO);
    }

    @Test
    void theLongestTwoByteRecord() {
        Bytes wire = Bytes.fromHex("ffff").concat(Bytes.zeros(0x7fff));
        SSLv2Record r = SSLv2Record.CODEC.decode(wire).get();
        assertThat(r.data().size()).isEqualTo(0x7fff);
        assertThat(SSLv2Record.CODEC.encode(r).get()).isEqualTo(wire);
        assertThat(SSLv2Record.CODEC.encode(SSLv2Record.twoByte(Bytes.zeros(0x8000))).getLeft())
                .isEqualTo(new CodecError.LengthOutOfRange(Path.of("record_length"), 0, 0, 0x7fff, 0x8000));
    }

    @Test
    void theThreeByteHeaderHasTheEscapeBitAFourteenBitLengthAndAPaddingCount() {
        // 0x40 | 0x00: escape set, length 0x0010, 5 padding bytes, which are part of the 16 data bytes.
        Bytes wire = Bytes.fromHex("401005").concat(Bytes.fromHex("000102030405060708090a0b0c0d0e0f"));
        SSLv2Record r = SSLv2Record.CODEC.decode(wire).get();
        assertThat(r).isEqualTo(SSLv2Record.threeByte(true, 5, Bytes.fromHex("000102030405060708090a0b0c0d0e0f")));
        assertThat(r.withoutPadding().get()).isEqualTo(Bytes.fromHex("000102030405060708090a"));
        assertThat(r.wireLength()).isEqualTo(19);
        assertThat(SSLv2Record.CODEC.encode(r).get()).isEqualTo(wire);

        Bytes plain = Bytes.fromHex("3fff00").concat(Bytes.zeros(0x3fff));
        SSLv2Record longest = SSLv2Record.CODEC.decode(plain).get();
        assertThat(longest.isEscape()).isFalse();
        assertThat(longest.data().size()).isEqualTo(0x3fff);
        assertThat(SSLv2Record.CODEC.encode(longest).get()).isEqualTo(plain);
        assertThat(SSLv2Record.CODEC.encode(SSLv2Record.threeByte(false, 0, Bytes.zeros(0x4000))).getLeft())
                .isInstanceOf(CodecError.LengthOutOfRange.class);
    }

    @Test
    void aPaddingCountLargerThanTheRecordIsKept() {
        Bytes wire = Bytes.fromHex("0002ff" + "abcd");
        SSLv2Record r = SSLv2Record.CODEC.decode(wire).get();
        assertThat(r.paddingExceedsData()).isTrue();
        assertThat(r.withoutPadding().isEmpty()).isTrue();
        assertThat(SSLv2Record.CODEC.encode(r).get()).isEqualTo(wire);
    }

    @Test
    void everyProperPrefixIsTruncated() {
        for (int k = 0; k < CLIENT_HELLO.size(); k++) {
            assertThat(SSLv2Record.CODEC.decode(CLIENT_HELLO.take(k)).getLeft()).isInstanceOf(CodecError.Truncated.class);
        }
        assertThat(SSLv2Record.CODEC.decode(Bytes.fromHex("0001")).getLeft())
                .isEqualTo(new CodecError.Truncated(Path.of("padding"), 2, 1, 0));
        assertThat(SSLv2Record.CODEC.decode(Bytes.fromHex("8005aa")).getLeft())
                .isEqualTo(new CodecError.Truncated(Path.of("data"), 2, 5, 1));
    }

    @Test
    void theTwoByteFormHasNoEscapeOrPaddingToWrite() {
        assertThat(SSLv2Record.CODEC.encode(new SSLv2Record(SSLv2Record.HeaderForm.TWO_BYTE, true, 0, Bytes.empty())).getLeft().path())
                .isEqualTo(Path.of("is_escape"));
        assertThat(SSLv2Record.CODEC.encode(new SSLv2Record(SSLv2Record.HeaderForm.TWO_BYTE, false, 3, Bytes.zeros(8))).getLeft().path())
                .isEqualTo(Path.of("padding"));
        assertThat(SSLv2Record.CODEC.encode(SSLv2Record.threeByte(false, 256, Bytes.zeros(8))).getLeft().path())
                .isEqualTo(Path.of("padding"));
    }

    @Test
    void itRendersTheHeaderFields() {
        String tree = RenderedText.tree("SSLv2Record", SSLv2Record.CODEC.render(SSLv2Record.threeByte(true, 1, Bytes.fromHex("aa00"))));
        assertThat(tree).isEqualTo("###[ SSLv2Record ]###\n  header = 3-byte\n  record_length = 2\n  is_escape = true\n"
                + "  padding = 1\n  data = aa00 (2 bytes)\n");
    }
}
