package org.tlscodec.crypto.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.tls.KeyExchangeAlgorithm;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SslV2CipherKind;

class CipherSuiteInfoTest {

    private static CipherSuiteInfo info(int code) {
        return CipherSuiteInfo.of(CipherSuite.of(code)).get();
    }

    @Test
    void everyRegisteredSuiteHasInfoAndUnregisteredCodesHaveNone() {
        assertThat(CipherSuiteInfo.all().size()).isEqualTo(CipherSuite.REGISTRY.size());
        assertThat(CipherSuiteInfo.of(CipherSuite.of(0x13ff)).isEmpty()).isTrue();
        System.out.println("suites with info: " + CipherSuiteInfo.all().size()
                + ", usable: " + CipherSuiteInfo.all().count(CipherSuiteInfo::usable));
    }

    @Test
    void everySuiteNamingACipherGetsThatCipherNotTheNullFallback() {
        Vector<CipherSuiteInfo> wrong = CipherSuiteInfo.all()
                .filter(i -> !i.signalling() && i.cipher() == BulkCipher.NULL && !i.name().contains("NULL"));
        assertThat(wrong).isEmpty();
        Vector<CipherSuiteInfo> noMac = CipherSuiteInfo.all()
                .filter(i -> !i.signalling() && i.mac() == MacAlgorithm.NULL && !i.name().endsWith("NULL"));
        assertThat(noMac).isEmpty();
    }

    @Test
    void everySslV2KindHasInfo() {
        assertThat(CipherSuiteInfo.allSslV2().size()).isEqualTo(SslV2CipherKind.REGISTRY.size());
        CipherSuiteInfo exp = CipherSuiteInfo.of(SslV2CipherKind.SSL_CK_RC4_128_EXPORT40_WITH_MD5).get();
        assertThat(exp.cipher()).isEqualTo(BulkCipher.RC4_40);
        assertThat(exp.export()).isTrue();
        assertThat(exp.usable()).isFalse();
        assertThat(exp.maxVersion()).isEqualTo(ProtocolVersion.SSL_2_0);
    }

    @Test
    void tls13Aes128GcmSha256() {
        CipherSuiteInfo i = info(0x1301);
        assertThat(i.keyExchange().isEmpty()).isTrue();
        assertThat(i.authentication()).isEqualTo(Authentication.NEGOTIATED);
        assertThat(i.cipher()).isEqualTo(BulkCipher.AES_128_GCM);
        assertThat(i.mac()).isEqualTo(MacAlgorithm.AEAD);
        assertThat(i.prf()).isEqualTo(PrfHash.SHA256);
        assertThat(i.minVersion()).isEqualTo(ProtocolVersion.TLS_1_3);
        assertThat(i.maxVersion()).isEqualTo(ProtocolVersion.TLS_1_3);
        assertThat(i.fixedIvLength(ProtocolVersion.TLS_1_3)).isEqualTo(12);
        assertThat(i.cipher().tagLength()).isEqualTo(16);
        assertThat(i.usable()).isTrue();
    }

    @Test
    void ecdheRsaAes128GcmSha256() {
        CipherSuiteInfo i = info(0xC02F);
        assertThat(i.keyExchange().get()).isEqualTo(KeyExchangeAlgorithm.ECDHE_RSA);
        assertThat(i.authentication()).isEqualTo(Authentication.RSA);
        assertThat(i.cipher().keyLength()).isEqualTo(16);
        assertThat(i.fixedIvLength(ProtocolVersion.TLS_1_2)).isEqualTo(4);
        assertThat(i.recordIvLength(ProtocolVersion.TLS_1_2)).isEqualTo(8);
        assertThat(i.prf()).isEqualTo(PrfHash.SHA256);
        assertThat(i.minVersion()).isEqualTo(ProtocolVersion.TLS_1_2);
        assertThat(i.usable()).isTrue();
    }

    @Test
    void rsaAes128CbcSha() {
        CipherSuiteInfo i = info(0x002F);
        assertThat(i.cipher()).isEqualTo(BulkCipher.AES_128_CBC);
        assertThat(i.mac()).isEqualTo(MacAlgorithm.SHA1);
        assertThat(i.macKeyLength()).isEqualTo(20);
        assertThat(i.minVersion()).isEqualTo(ProtocolVersion.SSL_3_0);
        assertThat(i.maxVersion()).isEqualTo(ProtocolVersion.TLS_1_2);
        assertThat(i.fixedIvLength(ProtocolVersion.TLS_1_0)).isEqualTo(16);
        assertThat(i.fixedIvLength(ProtocolVersion.TLS_1_2)).isZero();
        assertThat(i.recordIvLength(ProtocolVersion.TLS_1_2)).isEqualTo(16);
        assertThat(i.prfFor(ProtocolVersion.TLS_1_0)).isEqualTo(PrfHash.MD5_SHA1);
        assertThat(i.prfFor(ProtocolVersion.TLS_1_2)).isEqualTo(PrfHash.SHA256);
        assertThat(i.prfFor(ProtocolVersion.SSL_3_0)).isEqualTo(PrfHash.SSL3);
        assertThat(i.usable()).isTrue();
    }

    @Test
    void dheRsaAes256CbcSha256() {
        CipherSuiteInfo i = info(0x006B);
        assertThat(i.keyExchange().get()).isEqualTo(KeyExchangeAlgorithm.DHE_RSA);
        assertThat(i.cipher()).isEqualTo(BulkCipher.AES_256_CBC);
        assertThat(i.mac()).isEqualTo(MacAlgorithm.SHA256);
        assertThat(i.minVersion()).isEqualTo(ProtocolVersion.TLS_1_2);
        assertThat(i.usable()).isTrue();
    }

    @Test
    void ecdheRsaAes256CbcSha384UsesTheSha384Prf() {
        CipherSuiteInfo i = info(0xC028);
        assertThat(i.mac()).isEqualTo(MacAlgorithm.SHA384);
        assertThat(i.prf()).isEqualTo(PrfHash.SHA384);
        assertThat(i.macKeyLength()).isEqualTo(48);
    }

    @Test
    void ecdheRsaAes256CbcShaRunsFromTls10() {
        CipherSuiteInfo i = info(0xC014);
        assertThat(i.keyExchange().get()).isEqualTo(KeyExchangeAlgorithm.ECDHE_RSA);
        assertThat(i.cipher()).isEqualTo(BulkCipher.AES_256_CBC);
        assertThat(i.mac()).isEqualTo(MacAlgorithm.SHA1);
        assertThat(i.minVersion()).isEqualTo(ProtocolVersion.TLS_1_0);
        assertThat(i.usable()).isTrue();
    }

    @Test
    void ecdheRsaChaCha20Poly1305() {
        CipherSuiteInfo i = info(0xCCA8);
        assertThat(i.cipher()).isEqualTo(BulkCipher.CHACHA20_POLY1305);
        assertThat(i.fixedIvLength(ProtocolVersion.TLS_1_2)).isEqualTo(12);
        assertThat(i.recordIvLength(ProtocolVersion.TLS_1_2)).isZero();
        assertThat(i.mac()).isEqualTo(MacAlgorithm.AEAD);
        assertThat(i.usable()).isTrue();
    }

    @Test
    void rsaExportRc440Md5IsExportAndUsable() {
        CipherSuiteInfo i = info(0x0003);
        assertThat(i.keyExchange().get()).isEqualTo(KeyExchangeAlgorithm.RSA_EXPORT);
        assertThat(i.cipher()).isEqualTo(BulkCipher.RC4_40);
        assertThat(i.cipher().keyLength()).isEqualTo(5);
        assertThat(i.cipher().expandedKeyLength()).isEqualTo(16);
        assertThat(i.effectiveKeyBits()).isEqualTo(40);
        assertThat(i.export()).isTrue();
        assertThat(i.mac()).isEqualTo(MacAlgorithm.MD5);
        assertThat(i.maxVersion()).isEqualTo(ProtocolVersion.TLS_1_0);
        assertThat(i.prf()).isEqualTo(PrfHash.MD5_SHA1);
        assertThat(i.usable()).isTrue();
    }

    @Test
    void ccm8AndSm4AndKerberosNamesParse() {
        assertThat(info(0xC0A8).cipher()).isEqualTo(BulkCipher.AES_128_CCM_8); // TLS_PSK_WITH_AES_128_CCM_8
        assertThat(info(0x00C6).cipher()).isEqualTo(BulkCipher.SM4_GCM);
        assertThat(info(0x00C6).prf()).isEqualTo(PrfHash.SM3);
        assertThat(info(0x00C6).tls13()).isTrue();
        assertThat(info(0x0026).cipher()).isEqualTo(BulkCipher.DES40_CBC); // TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA
        assertThat(info(0x0000).cipher()).isEqualTo(BulkCipher.NULL);
        assertThat(info(0x0000).usable()).isFalse();
        assertThat(info(0x00FF).signalling()).isTrue();
        assertThat(info(0x00FF).usable()).isFalse();
    }
}
