package org.tlscodec.tls.extension;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.registry.CertificateStatusType;
import org.tlscodec.tls.registry.ExtensionType;

/** status_request (RFC 6066 section 8, RFC 8446 section 4.4.2.1) and status_request_v2 (RFC 6961) in each message. */
class MainstreamStatusRequestTest {

    private static Extension decode(ExtensionContext context, String hex) {
        return Extensions.extension(context).decode(Bytes.fromHex(hex)).getOrElseThrow(e -> new AssertionError(e.describe()));
    }

    private static String encode(ExtensionContext context, Extension e) {
        return Extensions.extension(context).encode(e).get().hex();
    }

    @Test
    void theUsualClientRequestIsOcspWithNoResponderAndNoExtensions() {
        String hex = "000500050100000000";
        Extension e = decode(ExtensionContext.CLIENT_HELLO, hex);
        assertThat(e).isEqualTo(new CertificateStatusRequestOcsp(OcspStatusRequest.empty()));
        assertThat(encode(ExtensionContext.CLIENT_HELLO, e)).isEqualTo(hex);
    }

    @Test
    void responderIdsAndRequestExtensionsAreKeptAsDer() {
        String hex = "0005000c" + "01" + "0005" + "0003a1b2c3" + "0002" + "3000";
        Extension e = decode(ExtensionContext.CERTIFICATE_REQUEST, hex);
        assertThat(e).isEqualTo(new CertificateStatusRequestOcsp(
                new OcspStatusRequest(Vector.of(Bytes.fromHex("a1b2c3")), Bytes.fromHex("3000"))));
        assertThat(encode(ExtensionContext.CERTIFICATE_REQUEST, e)).isEqualTo(hex);
    }

    @Test
    void aStatusTypeWithoutAShapeHereKeepsTheRestOfTheBytes() {
        String hex = "00050004" + "02" + "abcdef";
        Extension e = decode(ExtensionContext.CLIENT_HELLO, hex);
        assertThat(e).isEqualTo(new CertificateStatusRequestUnknown(CertificateStatusType.OCSP_MULTI, Bytes.fromHex("abcdef")));
        assertThat(encode(ExtensionContext.CLIENT_HELLO, e)).isEqualTo(hex);
    }

    @Test
    void anOcspRequestWithBytesLeftOverIsAnError() {
        assertThat(Extensions.extension(ExtensionContext.CLIENT_HELLO).decode(Bytes.fromHex("00050006010000000000")).getLeft())
                .isInstanceOf(CodecError.TrailingBytes.class);
    }

    @Test
    void theTls12ServerHelloAnswerIsEmpty() {
        assertThat(decode(ExtensionContext.SERVER_HELLO, "00050000")).isEqualTo(new EmptyExtension(ExtensionType.STATUS_REQUEST));
        assertThat(Extensions.extension(ExtensionContext.SERVER_HELLO).decode(Bytes.fromHex("0005000101")).getLeft())
                .isInstanceOf(CodecError.TrailingBytes.class);
    }

    @Test
    void aTls13CertificateEntryCarriesTheOcspResponse() {
        String hex = "00050007" + "01" + "000003" + "aabbcc";
        Extension e = decode(ExtensionContext.CERTIFICATE, hex);
        assertThat(e).isEqualTo(new CertificateStatusOcsp(Bytes.fromHex("aabbcc")));
        assertThat(encode(ExtensionContext.CERTIFICATE, e)).isEqualTo(hex);
        CodecError empty = Extensions.extension(ExtensionContext.CERTIFICATE).decode(Bytes.fromHex("0005000401000000")).getLeft();
        assertThat(empty).isInstanceOf(CodecError.LengthOutOfRange.class);
        assertThat(empty.path().toString()).isEqualTo("status_request.ocsp.response");
    }

    @Test
    void v2ItemsAreFramedSoAnUnknownTypeDoesNotStopTheList() {
        String items = "02" + "0004" + "00000000" + "09" + "0002" + "abcd" + "01" + "0004" + "00000000";
        String hex = "00110015" + "0013" + items;
        Extension e = decode(ExtensionContext.CLIENT_HELLO, hex);
        assertThat(e).isEqualTo(new CertificateStatusRequestListV2(Vector.of(
                new CertificateStatusRequestItemV2Ocsp(CertificateStatusType.OCSP_MULTI, OcspStatusRequest.empty()),
                new CertificateStatusRequestItemV2Unknown(CertificateStatusType.of(9), Bytes.fromHex("abcd")),
                new CertificateStatusRequestItemV2Ocsp(CertificateStatusType.OCSP, OcspStatusRequest.empty()))));
        assertThat(encode(ExtensionContext.CLIENT_HELLO, e)).isEqualTo(hex);
    }

    @Test
    void aV2RequestShorterThanItsRequestLengthIsAnError() {
        CodecError e = Extensions.extension(ExtensionContext.CLIENT_HELLO)
                .decode(Bytes.fromHex("0011000a" + "0008" + "01" + "0005" + "0000000000")).getLeft();
        assertThat(e).isInstanceOf(CodecError.TrailingBytes.class);
        assertThat(e.path().toString()).startsWith("status_request_v2.certificate_status_req_list[0]");
    }

    @Test
    void aV2ItemOfAnUndefinedTypeCannotPassForOcsp() {
        CertificateStatusRequestListV2 bad = new CertificateStatusRequestListV2(Vector.of(
                new CertificateStatusRequestItemV2Ocsp(CertificateStatusType.of(9), OcspStatusRequest.empty())));
        assertThat(CertificateStatusRequestListV2.CODEC.encode(bad).getLeft()).isInstanceOf(CodecError.UnknownTag.class);
    }
}
