package org.tlscodec.tls.extension;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.SignatureScheme;

/** signed_certificate_timestamp (RFC 6962 section 3.3) on hand-made bytes: v1 SCTs parsed, other versions kept. */
class MainstreamSignedCertificateTimestampTest {
    private static final String LOG_ID = "11".repeat(32);
    // sct_version v1, id, timestamp, no extensions, ecdsa_secp256r1_sha256, 4-byte signature: 51 bytes.
    private static final String V1 = "00" + LOG_ID + "0000017f12345678" + "0000" + "0403" + "0004" + "deadbeef";
    // An SCT of version 1 (not v1, which is 0): its bytes cannot be read.
    private static final String OTHER = "01aabbcc";
    private static final String EXTENSION = "0012003d" + "003b" + "0033" + V1 + "0004" + OTHER;

    private static final SignedCertificateTimestamp EXPECTED_V1 = new SignedCertificateTimestamp(
            Bytes.fromHex(LOG_ID), 0x17f12345678L, Bytes.empty(), SignatureScheme.ECDSA_SECP256R1_SHA256, Bytes.fromHex("deadbeef"));

    @Test
    void aServerHelloListHoldsParsedV1SctsAndKeepsOtherVersionsRaw() {
        Extension e = Extensions.extension(ExtensionContext.SERVER_HELLO).decode(Bytes.fromHex(EXTENSION)).get();
        assertThat(e).isEqualTo(new SignedCertificateTimestampList(Vector.of(
                EXPECTED_V1, new SignedCertificateTimestampOtherVersion(1, Bytes.fromHex("aabbcc")))));
        assertThat(Extensions.extension(ExtensionContext.SERVER_HELLO).encode(e).get().hex()).isEqualTo(EXTENSION);
    }

    @Test
    void theSameListIsReadInACertificateEntryAndTheRequestIsEmpty() {
        assertThat(Extensions.extension(ExtensionContext.CERTIFICATE).decode(Bytes.fromHex(EXTENSION)).get())
                .isInstanceOf(SignedCertificateTimestampList.class);
        assertThat(Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(Bytes.fromHex("00120000")).get())
                .isEqualTo(new EmptyExtension(ExtensionType.SIGNED_CERTIFICATE_TIMESTAMP));
    }

    @Test
    void aV1SctIsTheWholeRfc6962StructVersionIncluded() {
        assertThat(SignedCertificateTimestamp.CODEC.decode(Bytes.fromHex(V1)).get()).isEqualTo(EXPECTED_V1);
        assertThat(SignedCertificateTimestamp.CODEC.encode(EXPECTED_V1).get().hex()).isEqualTo(V1);
        assertThat(SignedCertificateTimestamp.CODEC.decode(Bytes.fromHex("01" + V1.substring(2))).getLeft())
                .isInstanceOf(CodecError.Invalid.class);
    }

    @Test
    void aV1SctShorterThanItsFieldsIsAnOverrunInsideItsFrame() {
        String cut = V1.substring(0, 2 * 40);
        Bytes list = Bytes.fromHex("002a" + "0028" + cut);
        CodecError e = SignedCertificateTimestampList.CODEC.decode(list).getLeft();
        assertThat(e).isInstanceOf(CodecError.Overrun.class);
        assertThat(e.path().toString()).startsWith("sct_list[0]");
    }

    @Test
    void aV1SctWithBytesAfterItsSignatureIsAnError() {
        Bytes list = Bytes.fromHex("0036" + "0034" + V1 + "00");
        assertThat(SignedCertificateTimestampList.CODEC.decode(list).getLeft()).isInstanceOf(CodecError.TrailingBytes.class);
    }

    @Test
    void anEmptyListOrAnEmptySctIsOutOfRange() {
        assertThat(SignedCertificateTimestampList.CODEC.decode(Bytes.fromHex("0000")).getLeft())
                .isInstanceOf(CodecError.LengthOutOfRange.class);
        assertThat(SignedCertificateTimestampList.CODEC.decode(Bytes.fromHex("00020000")).getLeft())
                .isInstanceOf(CodecError.LengthOutOfRange.class);
    }

    @Test
    void anSctOfAnotherVersionClaimingV1CannotBeWritten() {
        SignedCertificateTimestampList bad = new SignedCertificateTimestampList(Vector.of(
                new SignedCertificateTimestampOtherVersion(0, Bytes.fromHex("00"))));
        assertThat(SignedCertificateTimestampList.CODEC.encode(bad).getLeft()).isInstanceOf(CodecError.Invalid.class);
    }
}
