package org.tlscodec.session.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

/**
 * TLS found by the bytes: a record header (RFC 8446 section 5.1, RFC 5246 section 6.2.1) or an SSL
 * 2.0 ClientHello with a two-byte header (RFC 5246 appendix E.2).
 */
class TlsBytesTest {

    @Test
    void recordHeadersOfEveryContentTypeAndVersionLookLikeTls() {
        for (int type = 20; type <= 24; type++) {
            for (int minor = 0; minor <= 4; minor++) {
                assertThat(Capture.looksLikeTls(Bytes.ofUnsigned(type, 3, minor, 0, 1))).isTrue();
            }
        }
        assertThat(Capture.looksLikeTls(Bytes.ofUnsigned(23, 3, 3, 0x48, 0x00))).isTrue(); // 2^14 + 2048
    }

    @Test
    void otherBytesDoNotLookLikeTls() {
        assertThat(Capture.looksLikeTls(Bytes.ofUnsigned(19, 3, 3, 0, 1))).isFalse();
        assertThat(Capture.looksLikeTls(Bytes.ofUnsigned(25, 3, 3, 0, 1))).isFalse();
        assertThat(Capture.looksLikeTls(Bytes.ofUnsigned(22, 2, 0, 0, 1))).isFalse();
        assertThat(Capture.looksLikeTls(Bytes.ofUnsigned(22, 3, 5, 0, 1))).isFalse();
        assertThat(Capture.looksLikeTls(Bytes.ofUnsigned(22, 3, 3, 0, 0))).isFalse();
        assertThat(Capture.looksLikeTls(Bytes.ofUnsigned(23, 3, 3, 0x48, 0x01))).isFalse();
        assertThat(Capture.looksLikeTls(Bytes.ofUnsigned(22, 3, 3, 0))).isFalse();
        assertThat(Capture.looksLikeTls(Bytes.utf8("GET / HTTP/1.1\r\n"))).isFalse();
        assertThat(Capture.looksLikeTls(Bytes.utf8("SSH-2.0-OpenSSH_9.6\r\n"))).isFalse();
        assertThat(Capture.looksLikeTls(Bytes.empty())).isFalse();
    }

    /** An SSL 2.0-compatible ClientHello as old clients sent it: length 0x2e, CLIENT-HELLO, version 3.1, 16-byte challenge. */
    @Test
    void anSslV2ClientHelloLooksLikeTlsAndLikeAClientHello() {
        Bytes v2 = Bytes.fromHex("802e0103010015000000100000040000050000"
                + "0a0100800700c003008000000900060040" + "00000000000000000000000000000000").take(48);
        assertThat(Capture.looksLikeTls(v2)).isTrue();
        assertThat(Capture.looksLikeClientHello(v2)).isTrue();
        assertThat(Capture.looksLikeTls(Bytes.fromHex("802e02030100"))).isFalse(); // message type 2 is not a ClientHello
        assertThat(Capture.looksLikeTls(Bytes.fromHex("800501030100"))).isFalse(); // too short to hold a challenge
    }

    @Test
    void aClientHelloRecordIsToldApartFromOtherHandshakes() {
        assertThat(Capture.looksLikeClientHello(Bytes.fromHex("16030100f8010000f4"))).isTrue();
        assertThat(Capture.looksLikeClientHello(Bytes.fromHex("160303007a0200007603"))).isFalse();
        assertThat(Capture.looksLikeClientHello(Bytes.fromHex("1703030035"))).isFalse();
    }
}
