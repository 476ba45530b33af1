package org.tlscodec.tls.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

class CipherSuiteTest {

    @Test
    void aKnownSuiteDecodesToTheInternedConstant() {
        assertThat(CipherSuite.CODEC.decode(Bytes.fromHex("1301")).get()).isSameAs(CipherSuite.TLS_AES_128_GCM_SHA256);
        assertThat(CipherSuite.CODEC.decode(Bytes.fromHex("c02f")).get()).isSameAs(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
    }

    @Test
    void anUnassignedSuiteIsKeptAndPrintsAsHex() {
        CipherSuite s = CipherSuite.CODEC.decode(Bytes.fromHex("1308")).get();
        assertThat(s.isKnown()).isFalse();
        assertThat(s).hasToString("0x1308");
        assertThat(CipherSuite.CODEC.encode(s).get()).isEqualTo(Bytes.fromHex("1308"));
        assertThat(CipherSuite.of(0xc0b6)).hasToString("0xc0b6");
    }

    @Test
    void theCodesAreIanas() {
        assertThat(CipherSuite.TLS_NULL_WITH_NULL_NULL.code()).isEqualTo(0x0000);
        assertThat(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA.code()).isEqualTo(0x002f);
        assertThat(CipherSuite.TLS_DHE_RSA_WITH_AES_256_CBC_SHA256.code()).isEqualTo(0x006b);
        assertThat(CipherSuite.TLS_KRB5_EXPORT_WITH_RC4_40_MD5.code()).isEqualTo(0x002b);
        assertThat(CipherSuite.TLS_RSA_EXPORT1024_WITH_RC4_56_SHA.code()).isEqualTo(0x0064);
        assertThat(CipherSuite.TLS_SM4_GCM_SM3.code()).isEqualTo(0x00c6);
        assertThat(CipherSuite.TLS_SM4_CCM_SM3.code()).isEqualTo(0x00c7);
        assertThat(CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV.code()).isEqualTo(0x00ff);
        assertThat(CipherSuite.TLS_AES_256_GCM_SHA384.code()).isEqualTo(0x1302);
        assertThat(CipherSuite.TLS_CHACHA20_POLY1305_SHA256.code()).isEqualTo(0x1303);
        assertThat(CipherSuite.TLS_AES_128_CCM_SHA256.code()).isEqualTo(0x1304);
        assertThat(CipherSuite.TLS_AES_128_CCM_8_SHA256.code()).isEqualTo(0x1305);
        assertThat(CipherSuite.TLS_FALLBACK_SCSV.code()).isEqualTo(0x5600);
        assertThat(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256.code()).isEqualTo(0xc02b);
        assertThat(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384.code()).isEqualTo(0xc028);
        assertThat(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA.code()).isEqualTo(0xc014);
        assertThat(CipherSuite.TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384.code()).isEqualTo(0xc09b);
        assertThat(CipherSuite.TLS_PSK_DHE_WITH_AES_256_CCM_8.code()).isEqualTo(0xc0ab);
        assertThat(CipherSuite.TLS_ECCPWD_WITH_AES_128_GCM_SHA256.code()).isEqualTo(0xc0b0);
        assertThat(CipherSuite.TLS_SHA256_SHA256.code()).isEqualTo(0xc0b4);
        assertThat(CipherSuite.TLS_SHA384_SHA384.code()).isEqualTo(0xc0b5);
        assertThat(CipherSuite.TLS_GOSTR341112_256_WITH_28147_CNT_IMIT.code()).isEqualTo(0xc102);
        assertThat(CipherSuite.TLS_GOSTR341112_256_WITH_MAGMA_MGM_S.code()).isEqualTo(0xc106);
        assertThat(CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256.code()).isEqualTo(0xcca8);
        assertThat(CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256.code()).isEqualTo(0xcca9);
        assertThat(CipherSuite.TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256.code()).isEqualTo(0xccae);
        assertThat(CipherSuite.TLS_ECDHE_PSK_WITH_AES_128_GCM_SHA256.code()).isEqualTo(0xd001);
        assertThat(CipherSuite.TLS_ECDHE_PSK_WITH_AES_128_CCM_SHA256.code()).isEqualTo(0xd005);
    }

    @Test
    void namesAreIanasSpelling() {
        assertThat(CipherSuite.of(0x1301)).hasToString("TLS_AES_128_GCM_SHA256");
        assertThat(CipherSuite.of(0xc02f)).hasToString("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
        assertThat(CipherSuite.of(0xcca8)).hasToString("TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");
        assertThat(CipherSuite.of(0x0018)).hasToString("TLS_DH_anon_WITH_RC4_128_MD5");
        assertThat(CipherSuite.TLS_DH_ANON_WITH_AES_128_GCM_SHA256.name().get()).isEqualTo("TLS_DH_anon_WITH_AES_128_GCM_SHA256");
        assertThat(CipherSuite.of(0x00ff)).hasToString("TLS_EMPTY_RENEGOTIATION_INFO_SCSV");
        assertThat(CipherSuite.of(0x5600)).hasToString("TLS_FALLBACK_SCSV");
    }

    @Test
    void everyAssignedRangeIsNamedWithoutGaps() {
        int[][] ranges = {{0x0000, 0x0046}, {0x0060, 0x006d}, {0x0084, 0x00c7}, {0x1301, 0x1307}, {0xc001, 0xc0b5},
            {0xc100, 0xc106}, {0xcca8, 0xccae}, {0xd001, 0xd003}};
        for (int[] r : ranges) {
            for (int code = r[0]; code <= r[1]; code++) {
                assertThat(CipherSuite.of(code).isKnown()).as("0x%04x", code).isTrue();
            }
        }
        assertThat(CipherSuite.of(0xd004).isKnown()).isFalse();
        assertThat(CipherSuite.of(0xd005).isKnown()).isTrue();
        assertThat(CipherSuite.of(0x0047).isKnown()).isFalse();
        assertThat(CipherSuite.of(0x00c8).isKnown()).isFalse();
    }

    @Test
    void everyNameIsASuiteNameOrGrease() {
        for (CipherSuite s : CipherSuite.REGISTRY.known()) {
            String name = s.name().get();
            assertThat(name.startsWith("TLS_") || name.startsWith("SSL_") || (s.isGrease() && name.equals("GREASE"))).as(name).isTrue();
        }
        assertThat(CipherSuite.REGISTRY.known().map(s -> s.name().get()).filter(n -> !n.equals("GREASE")).distinct().size())
                .isEqualTo(CipherSuite.REGISTRY.size() - 16);
    }

    @Test
    void greaseSuitesAreRecognisedAndNamed() {
        for (int code : Grease.codes16()) {
            CipherSuite g = CipherSuite.CODEC.decode(Bytes.ofUnsigned(code >> 8, code & 0xff)).get();
            assertThat(g.isGrease()).isTrue();
            assertThat(g).hasToString("GREASE");
            assertThat(g).isSameAs(CipherSuite.of(code));
        }
        assertThat(CipherSuite.of(0x0a0a).isGrease()).isTrue();
        assertThat(CipherSuite.of(0xfafa).isGrease()).isTrue();
        assertThat(CipherSuite.of(0x0a1a).isGrease()).isFalse();
        assertThat(CipherSuite.TLS_AES_128_GCM_SHA256.isGrease()).isFalse();
    }

    @Test
    void onlyTheTwoSignallingValuesAreScsvs() {
        assertThat(CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV.isScsv()).isTrue();
        assertThat(CipherSuite.TLS_FALLBACK_SCSV.isScsv()).isTrue();
        assertThat(CipherSuite.REGISTRY.known().filter(CipherSuite::isScsv).size()).isEqualTo(2);
        assertThat(CipherSuite.of(0x5601).isScsv()).isFalse();
    }

    @Test
    void theLegacyNamesOfReservedCodesAreKept() {
        assertThat(CipherSuite.of(0x001c)).hasToString("SSL_FORTEZZA_KEA_WITH_NULL_SHA");
        assertThat(CipherSuite.of(0x001d)).hasToString("SSL_FORTEZZA_KEA_WITH_FORTEZZA_CBC_SHA");
        assertThat(CipherSuite.of(0x0066)).hasToString("TLS_DHE_DSS_WITH_RC4_128_SHA");
        assertThat(CipherSuite.of(0xfeff)).hasToString("SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA");
    }
}
