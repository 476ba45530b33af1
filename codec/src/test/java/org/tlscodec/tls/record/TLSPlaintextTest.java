package org.tlscodec.tls.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.Path;
import org.tlscodec.codec.Rendered;
import org.tlscodec.codec.RenderedText;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

class TLSPlaintextTest {

    private static Bytes record(int type, int version, int length) {
        Bytes header = Bytes.ofUnsigned(type, version >> 8, version & 0xff, length >> 8, length & 0xff);
        return header.concat(Bytes.zeros(length));
    }

    @Test
    void aRecordDecodesUnderTheRfcNames() {
        TLSPlaintext r = TLSPlaintext.CODEC.decode(Bytes.fromHex("140303000101")).get();
        assertThat(r).isEqualTo(new TLSPlaintext(ContentType.CHANGE_CIPHER_SPEC, ProtocolVersion.TLS_1_2, Bytes.fromHex("01")));
        assertThat(r.length()).isEqualTo(1);
        assertThat(r.wireLength()).isEqualTo(6);
        assertThat(TLSPlaintext.CODEC.encode(r).get()).isEqualTo(Bytes.fromHex("140303000101"));
    }

    @Test
    void theFragmentIsBoundedBy2To14BothWays() {
        Bytes max = record(23, 0x0303, 1 << 14);
        assertThat(TLSPlaintext.CODEC.decode(max).get().length()).isEqualTo(1 << 14);
        Bytes over = record(23, 0x0303, (1 << 14) + 1);
        assertThat(TLSPlaintext.CODEC.decode(over).getLeft())
                .isEqualTo(new CodecError.LengthOutOfRange(Path.of("fragment"), 3, 0, 1 << 14, (1 << 14) + 1));
        TLSPlaintext big = new TLSPlaintext(ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_2, Bytes.zeros((1 << 14) + 1));
        assertThat(TLSPlaintext.CODEC.encode(big).getLeft()).isInstanceOf(CodecError.LengthOutOfRange.class);
        assertThat(TLSPlaintext.CODEC.encode(big).getLeft().path()).isEqualTo(Path.of("fragment"));
    }

    @Test
    void theOversizePolicyAcceptsAnyUint16LengthByteExactly() {
        Bytes over = record(23, 0x0303, 0xffff);
        TLSPlaintext r = TLSPlaintext.CODEC_OVERSIZE_ALLOWED.decode(over).get();
        assertThat(r.length()).isEqualTo(0xffff);
        assertThat(TLSPlaintext.CODEC_OVERSIZE_ALLOWED.encode(r).get()).isEqualTo(over);
        assertThat(TLSPlaintext.codec(RecordLimits.OVERSIZE_ALLOWED)).isSameAs(TLSPlaintext.CODEC_OVERSIZE_ALLOWED);
        assertThat(TLSPlaintext.codec(RecordLimits.TLS_PLAINTEXT)).isSameAs(TLSPlaintext.CODEC);
    }

    @Test
    void aNegotiatedRecordSizeLimitIsAPolicyToo() {
        var limited = TLSPlaintext.codec(new RecordLimits(64));
        assertThat(limited.decode(record(23, 0x0303, 64)).isRight()).isTrue();
        assertThat(limited.decode(record(23, 0x0303, 65)).getLeft()).isInstanceOf(CodecError.LengthOutOfRange.class);
    }

    @Test
    void aHeaderClaimingMoreThanTheInputIsTruncatedNotAllocated() {
        CodecError e = TLSPlaintext.CODEC.decode(Bytes.fromHex("1603034000")).getLeft();
        assertThat(e).isEqualTo(new CodecError.Truncated(Path.of("fragment"), 5, 1 << 14, 0));
    }

    @Test
    void unknownTypesAndVersionsAreKept() {
        Bytes wire = Bytes.fromHex("ff7a7a0002abcd");
        TLSPlaintext r = TLSPlaintext.CODEC.decode(wire).get();
        assertThat(r.type().code()).isEqualTo(0xff);
        assertThat(r.legacyRecordVersion().isGrease()).isTrue();
        assertThat(TLSPlaintext.CODEC.encode(r).get()).isEqualTo(wire);
    }

    @Test
    void ciphertextBoundsFollowTheVersion() {
        Bytes tls13Max = record(23, 0x0303, (1 << 14) + 256);
        Bytes tls13Over = record(23, 0x0303, (1 << 14) + 257);
        Bytes tls12Max = record(23, 0x0303, (1 << 14) + 2048);
        assertThat(TLSCiphertext.CODEC.decode(tls13Max).get().length()).isEqualTo((1 << 14) + 256);
        assertThat(TLSCiphertext.CODEC.decode(tls13Over).getLeft())
                .isEqualTo(new CodecError.LengthOutOfRange(Path.of("encrypted_record"), 3, 0, (1 << 14) + 256, (1 << 14) + 257));
        assertThat(TLSCiphertext.CODEC_TLS12.decode(tls13Over).isRight()).isTrue();
        assertThat(TLSCiphertext.CODEC_TLS12.decode(tls12Max).isRight()).isTrue();
        assertThat(TLSCiphertext.CODEC_TLS12.decode(record(23, 0x0303, (1 << 14) + 2049)).getLeft())
                .isInstanceOf(CodecError.LengthOutOfRange.class);
        assertThat(TLSCiphertext.CODEC_OVERSIZE_ALLOWED.decode(record(23, 0x0303, 0xffff)).isRight()).isTrue();
    }

    @Test
    void aSplitRecordIsSeenAsCiphertextWithoutCopying() {
        TLSPlaintext p = new TLSPlaintext(ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_2, Bytes.fromHex("0102"));
        TLSCiphertext c = TLSCiphertext.of(p);
        assertThat(c.encryptedRecord()).isSameAs(p.fragment());
        assertThat(c.toPlaintextShape()).isEqualTo(p);
        assertThat(TLSCiphertext.CODEC.encode(c).get()).isEqualTo(TLSPlaintext.CODEC.encode(p).get());
    }

    @Test
    void aRecordRendersItsFieldsWithRegistryNames() {
        TLSPlaintext r = new TLSPlaintext(ContentType.ALERT, ProtocolVersion.TLS_1_2, Bytes.fromHex("0100"));
        Rendered rendered = TLSPlaintext.CODEC.render(r);
        String tree = RenderedText.tree("TLSPlaintext", rendered);
        assertThat(tree).isEqualTo("###[ TLSPlaintext ]###\n"
                + "  type = alert (0x15)\n"
                + "  legacy_record_version = TLS 1.2 (0x0303)\n"
                + "  fragment = 0100 (2 bytes)\n");
        assertThat(RenderedText.tree("TLSCiphertext", TLSCiphertext.CODEC.render(TLSCiphertext.of(r))))
                .contains("opaque_type = alert (0x15)", "encrypted_record = 0100 (2 bytes)");
    }
}
