package org.tlscodec.crypto.cipher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SslV2CipherKind;

class RecordProtectionTest {
    private static final CipherSuiteInfo RC4_SHA = CipherSuiteInfo.of(CipherSuite.TLS_RSA_WITH_RC4_128_SHA).get();
    private static final CipherSuiteInfo AES_CBC = CipherSuiteInfo.of(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA).get();

    private static RecordProtection rc4() {
        return RecordProtection.of(RC4_SHA, ProtocolVersion.TLS_1_2,
                new RecordKeys(Bytes.zeros(20), Bytes.zeros(16), Bytes.empty()), RecordOptions.DEFAULT).get();
    }

    @Test
    void anRc4StateUsedTwiceIsStaleNotWrong() {
        RecordProtection first = rc4();
        RecordProtection second = first.seal(0, ContentType.HANDSHAKE, ProtocolVersion.TLS_1_2, Bytes.utf8("one")).get().next();
        assertThat(first.seal(1, ContentType.HANDSHAKE, ProtocolVersion.TLS_1_2, Bytes.utf8("two")).getLeft())
                .isInstanceOf(CipherError.StaleState.class);
        assertThat(second.seal(1, ContentType.HANDSHAKE, ProtocolVersion.TLS_1_2, Bytes.utf8("two")).isRight()).isTrue();
    }

    @Test
    void rc4KeystreamThreadsThroughSuccessiveRecords() {
        RecordProtection s = rc4();
        RecordProtection o = rc4();
        for (int seq = 0; seq < 5; seq++) {
            Bytes p = Bytes.utf8("record " + seq);
            RecordProtection.Sealed sealed = s.seal(seq, ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_2, p).get();
            RecordProtection.Opened opened = o.open(seq, sealed.type(), ProtocolVersion.TLS_1_2, sealed.bytes()).get();
            assertThat(opened.bytes()).isEqualTo(p);
            s = sealed.next();
            o = opened.next();
        }
    }

    @Test
    void tls10CbcChainsTheIvSoTheSameRecordEncryptsDifferently() {
        RecordProtection p = RecordProtection.of(AES_CBC, ProtocolVersion.TLS_1_0,
                new RecordKeys(Bytes.zeros(20), Bytes.zeros(16), Bytes.zeros(16)), RecordOptions.DEFAULT).get();
        RecordProtection.Sealed a = p.seal(0, ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_0, Bytes.utf8("x")).get();
        RecordProtection.Sealed b = a.next().seal(0, ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_0, Bytes.utf8("x")).get();
        assertThat(a.bytes()).isNotEqualTo(b.bytes());
        assertThat(a.bytes().size()).isEqualTo(32); // 1 + 20 MAC + 11 padding
    }

    @Test
    void truncatedHmacSendsTenBytes() {
        RecordOptions truncated = RecordOptions.DEFAULT.withTruncatedHmac(true);
        RecordProtection p = RecordProtection.of(RC4_SHA, ProtocolVersion.TLS_1_2,
                new RecordKeys(Bytes.zeros(20), Bytes.zeros(16), Bytes.empty()), truncated).get();
        assertThat(p.seal(0, ContentType.ALERT, ProtocolVersion.TLS_1_2, Bytes.zeros(2)).get().bytes().size()).isEqualTo(12);
    }

    @Test
    void wrongKeyLengthsAreReportedNotThrown() {
        var result = RecordProtection.of(AES_CBC, ProtocolVersion.TLS_1_2,
                new RecordKeys(Bytes.zeros(20), Bytes.zeros(15), Bytes.empty()), RecordOptions.DEFAULT);
        assertThat(result.getLeft()).isInstanceOf(CipherError.BadKeys.class);
        assertThat(result.getLeft().message()).contains("key is 15 bytes");
    }

    @Test
    void suitesOutsideTheirVersionOrWithoutTlsRecordsAreUnsupported() {
        CipherSuiteInfo tls13 = CipherSuiteInfo.of(CipherSuite.TLS_AES_128_GCM_SHA256).get();
        assertThat(RecordProtection.of(tls13, ProtocolVersion.TLS_1_2, RecordKeys.aead(Bytes.zeros(16), Bytes.zeros(4)),
                RecordOptions.DEFAULT).getLeft()).isInstanceOf(CipherError.Unsupported.class);
        CipherSuiteInfo v2 = CipherSuiteInfo.of(SslV2CipherKind.SSL_CK_RC4_128_WITH_MD5).get();
        assertThat(RecordProtection.of(v2, ProtocolVersion.SSL_3_0, new RecordKeys(Bytes.zeros(16), Bytes.zeros(16), Bytes.empty()),
                RecordOptions.DEFAULT).getLeft()).isInstanceOf(CipherError.Unsupported.class);
    }

    @Test
    void keysNeverPrintTheirBytes() {
        assertThat(new RecordKeys(Bytes.fromHex("aabbcc"), Bytes.fromHex("ddeeff"), Bytes.empty()).toString())
                .doesNotContain("aa").doesNotContain("dd").contains("3 bytes");
    }

    @Test
    void tls13SealsAnEmptyRecordButRefusesContentTypeZero() {
        CipherSuiteInfo tls13 = CipherSuiteInfo.of(CipherSuite.TLS_AES_128_GCM_SHA256).get();
        RecordProtection p = RecordProtection.of(tls13, ProtocolVersion.TLS_1_3, RecordKeys.aead(Bytes.zeros(16), Bytes.zeros(12)),
                RecordOptions.DEFAULT).get();
        RecordProtection.Sealed s = p.seal(0, ContentType.HANDSHAKE, ProtocolVersion.TLS_1_2, Bytes.empty()).get();
        assertThat(p.open(0, s.type(), ProtocolVersion.TLS_1_2, s.bytes()).get().type()).isEqualTo(ContentType.HANDSHAKE);
        assertThat(p.seal(0, ContentType.of(0), ProtocolVersion.TLS_1_2, Bytes.empty()).getLeft())
                .isInstanceOf(CipherError.NoContentType.class);
    }
}
