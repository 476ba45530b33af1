package org.tlscodec.tls.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.Path;
import org.tlscodec.codec.RenderedText;
import org.tlscodec.tls.registry.ContentType;

class TLSInnerPlaintextTest {

    @Test
    void noPadding() {
        Bytes wire = Bytes.fromHex("080000020000" + "16");
        TLSInnerPlaintext p = TLSInnerPlaintext.CODEC.decode(wire).get();
        assertThat(p).isEqualTo(new TLSInnerPlaintext(Bytes.fromHex("080000020000"), ContentType.HANDSHAKE, 0));
        assertThat(TLSInnerPlaintext.CODEC.encode(p).get()).isEqualTo(wire);
    }

    @Test
    void onePaddingByte() {
        Bytes wire = Bytes.fromHex("70696e67" + "17" + "00");
        TLSInnerPlaintext p = TLSInnerPlaintext.CODEC.decode(wire).get();
        assertThat(p).isEqualTo(new TLSInnerPlaintext(Bytes.fromHex("70696e67"), ContentType.APPLICATION_DATA, 1));
        assertThat(TLSInnerPlaintext.CODEC.encode(p).get()).isEqualTo(wire);
    }

    @Test
    void manyPaddingBytesAreKeptAsACount() {
        Bytes wire = Bytes.fromHex("0100" + "15").concat(Bytes.zeros(1000));
        TLSInnerPlaintext p = TLSInnerPlaintext.CODEC.decode(wire).get();
        assertThat(p.content()).isEqualTo(Bytes.fromHex("0100"));
        assertThat(p.type()).isEqualTo(ContentType.ALERT);
        assertThat(p.zeros()).isEqualTo(1000);
        assertThat(p.encodedLength()).isEqualTo(wire.size());
        assertThat(TLSInnerPlaintext.CODEC.encode(p).get()).isEqualTo(wire);
    }

    @Test
    void zerosInsideTheContentStayContent() {
        Bytes wire = Bytes.fromHex("00000100" + "17" + "0000");
        TLSInnerPlaintext p = TLSInnerPlaintext.CODEC.decode(wire).get();
        assertThat(p.content()).isEqualTo(Bytes.fromHex("00000100"));
        assertThat(p.zeros()).isEqualTo(2);
    }

    @Test
    void emptyContentIsAllowed() {
        TLSInnerPlaintext p = TLSInnerPlaintext.CODEC.decode(Bytes.fromHex("1700")).get();
        assertThat(p).isEqualTo(new TLSInnerPlaintext(Bytes.empty(), ContentType.APPLICATION_DATA, 1));
    }

    @Test
    void anAllZeroPlaintextHasNoTypeAndIsAnErrorValue() {
        assertThat(TLSInnerPlaintext.CODEC.decode(Bytes.zeros(17)).getLeft())
                .isEqualTo(new CodecError.Invalid(Path.of("type"), 0,
                        "all 17 bytes are zero: no content type (RFC 8446 section 5.4)"));
        assertThat(TLSInnerPlaintext.CODEC.decode(Bytes.empty()).getLeft()).isInstanceOf(CodecError.Invalid.class);
    }

    @Test
    void aValueThatCannotBeReadBackIsNotEncoded() {
        assertThat(TLSInnerPlaintext.CODEC.encode(new TLSInnerPlaintext(Bytes.fromHex("01"), ContentType.of(0), 0)).getLeft())
                .isInstanceOf(CodecError.Invalid.class);
        assertThat(TLSInnerPlaintext.CODEC.encode(new TLSInnerPlaintext(Bytes.fromHex("01"), ContentType.HANDSHAKE, -1)).getLeft())
                .isInstanceOf(CodecError.Invalid.class);
    }

    @Test
    void theLimitOfSection54IsReported() {
        assertThat(new TLSInnerPlaintext(Bytes.zeros(1 << 14), ContentType.APPLICATION_DATA, 0).exceedsMaxLength()).isFalse();
        assertThat(new TLSInnerPlaintext(Bytes.zeros(1 << 14), ContentType.APPLICATION_DATA, 1).exceedsMaxLength()).isTrue();
    }

    @Test
    void itRendersItsThreeParts() {
        String tree = RenderedText.tree("TLSInnerPlaintext", TLSInnerPlaintext.CODEC.render(
                TLSInnerPlaintext.CODEC.decode(Bytes.fromHex("0100150000")).get()));
        assertThat(tree).isEqualTo("###[ TLSInnerPlaintext ]###\n  content = 0100 (2 bytes)\n  type = alert (0x15)\n  zeros = 2\n");
    }
}
