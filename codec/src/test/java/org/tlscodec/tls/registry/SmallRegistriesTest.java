package org.tlscodec.tls.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

class SmallRegistriesTest {

    @Test
    void sslV2CipherKindsAreTheDraftsThreeByteCodes() {
        assertThat(SslV2CipherKind.CODEC.decode(Bytes.fromHex("010080")).get()).isSameAs(SslV2CipherKind.SSL_CK_RC4_128_WITH_MD5);
        assertThat(SslV2CipherKind.SSL_CK_RC4_128_EXPORT40_WITH_MD5.code()).isEqualTo(0x020080);
        assertThat(SslV2CipherKind.SSL_CK_RC2_128_CBC_WITH_MD5.code()).isEqualTo(0x030080);
        assertThat(SslV2CipherKind.SSL_CK_RC2_128_CBC_EXPORT40_WITH_MD5.code()).isEqualTo(0x040080);
        assertThat(SslV2CipherKind.SSL_CK_IDEA_128_CBC_WITH_MD5.code()).isEqualTo(0x050080);
        assertThat(SslV2CipherKind.SSL_CK_DES_64_CBC_WITH_MD5.code()).isEqualTo(0x060040);
        assertThat(SslV2CipherKind.of(0x0700c0)).hasToString("SSL_CK_DES_192_EDE3_CBC_WITH_MD5");
        assertThat(SslV2CipherKind.of(0x080080)).hasToString("0x080080");
    }

    @Test
    void aTlsSuiteInSslV2FormIsToldAndConverted() {
        SslV2CipherKind wrapped = SslV2CipherKind.CODEC.decode(Bytes.fromHex("00c02f")).get();
        assertThat(wrapped.isTlsSuite()).isTrue();
        assertThat(wrapped.tlsSuite().get()).isSameAs(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
        assertThat(SslV2CipherKind.SSL_CK_RC4_128_WITH_MD5.isTlsSuite()).isFalse();
        assertThat(SslV2CipherKind.SSL_CK_RC4_128_WITH_MD5.tlsSuite()).isEqualTo(Option.none());
        assertThat(SslV2CipherKind.ofTlsSuite(CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV).code()).isEqualTo(0x0000ff);
        assertThat(SslV2CipherKind.CODEC.encode(SslV2CipherKind.ofTlsSuite(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA)).get())
                .isEqualTo(Bytes.fromHex("00002f"));
    }

    @Test
    void pskKeyExchangeModesHaveOneByteGrease() {
        assertThat(PskKeyExchangeMode.CODEC.decode(Bytes.fromHex("01")).get()).isSameAs(PskKeyExchangeMode.PSK_DHE_KE);
        assertThat(PskKeyExchangeMode.PSK_KE.code()).isZero();
        int[] grease = {0x0b, 0x2a, 0x49, 0x68, 0x87, 0xa6, 0xc5, 0xe4};
        for (int code : grease) {
            assertThat(PskKeyExchangeMode.of(code).isGrease()).isTrue();
            assertThat(PskKeyExchangeMode.of(code)).hasToString("GREASE");
        }
        assertThat(PskKeyExchangeMode.REGISTRY.known().filter(PskKeyExchangeMode::isGrease).size()).isEqualTo(8);
        assertThat(PskKeyExchangeMode.PSK_DHE_KE.isGrease()).isFalse();
        assertThat(PskKeyExchangeMode.of(0x0c).isGrease()).isFalse();
    }

    @Test
    void maxFragmentLengthCodesAnswerTheirSizeInBytes() {
        assertThat(MaxFragmentLength.X2_9.bytes().get()).isEqualTo(512);
        assertThat(MaxFragmentLength.X2_10.bytes().get()).isEqualTo(1024);
        assertThat(MaxFragmentLength.X2_11.bytes().get()).isEqualTo(2048);
        assertThat(MaxFragmentLength.X2_12.bytes().get()).isEqualTo(4096);
        assertThat(MaxFragmentLength.of(4)).hasToString("2^12");
        assertThat(MaxFragmentLength.of(0).bytes().isEmpty()).isTrue();
        assertThat(MaxFragmentLength.of(5).bytes().isEmpty()).isTrue();
    }

    @Test
    void namesThatAreNotJavaIdentifiersAreKeptAsRegistered() {
        assertThat(CertificateType.X1609_DOT2).hasToString("1609Dot2");
        assertThat(CertificateType.X1609_DOT2.code()).isEqualTo(3);
        assertThat(CertificateType.RAW_PUBLIC_KEY).hasToString("RawPublicKey");
        assertThat(TokenBindingKeyParameters.RSA2048_PKCS1_5).hasToString("rsa2048_pkcs1.5");
        assertThat(HpkeKemId.DHKEM_X25519_HKDF_SHA256).hasToString("DHKEM(X25519, HKDF-SHA256)");
        assertThat(HpkeAeadId.EXPORT_ONLY).hasToString("Export-only");
        assertThat(HpkeAeadId.EXPORT_ONLY.code()).isEqualTo(0xffff);
        assertThat(HashAlgorithm.INTRINSIC).hasToString("Intrinsic");
        assertThat(MaxFragmentLength.X2_9).hasToString("2^9");
    }

    @Test
    void spotChecksAgainstTheRegistries() {
        assertThat(CompressionMethod.NULL.code()).isZero();
        assertThat(CompressionMethod.of(1)).hasToString("DEFLATE");
        assertThat(CompressionMethod.of(64)).hasToString("LZS");
        assertThat(ECPointFormat.of(0)).hasToString("uncompressed");
        assertThat(ECPointFormat.of(2)).hasToString("ansiX962_compressed_char2");
        assertThat(ECCurveType.NAMED_CURVE.code()).isEqualTo(3);
        assertThat(ClientCertificateType.of(1)).hasToString("rsa_sign");
        assertThat(ClientCertificateType.of(20)).hasToString("fortezza_dms_RESERVED");
        assertThat(ClientCertificateType.of(64)).hasToString("ecdsa_sign");
        assertThat(ClientCertificateType.GOST_SIGN512.code()).isEqualTo(68);
        assertThat(CertificateStatusType.OCSP_MULTI.code()).isEqualTo(2);
        assertThat(CertificateCompressionAlgorithm.of(2)).hasToString("brotli");
        assertThat(CertificateCompressionAlgorithm.ZSTD.code()).isEqualTo(3);
        assertThat(NameType.HOST_NAME.code()).isZero();
        assertThat(KeyUpdateRequest.UPDATE_REQUESTED.code()).isEqualTo(1);
        assertThat(HeartbeatMode.PEER_NOT_ALLOWED_TO_SEND.code()).isEqualTo(2);
        assertThat(UserMappingType.UPN_DOMAIN_HINT.code()).isEqualTo(64);
        assertThat(AuthorizationDataFormat.of(66)).hasToString("dtcp_certificate");
        assertThat(CachedInformationType.CERT_REQ.code()).isEqualTo(2);
        assertThat(SupplementalDataType.AUTHZ_DATA.code()).isEqualTo(16386);
        assertThat(SrtpProtectionProfile.of(0x0001)).hasToString("SRTP_AES128_CM_HMAC_SHA1_80");
        assertThat(SrtpProtectionProfile.of(0x0008)).hasToString("SRTP_AEAD_AES_256_GCM");
        assertThat(SrtpProtectionProfile.of(0x0003).isKnown()).isFalse();
        assertThat(HpkeKemId.DHKEM_P256_HKDF_SHA256.code()).isEqualTo(0x0010);
        assertThat(HpkeKemId.DHKEM_X448_HKDF_SHA512.code()).isEqualTo(0x0021);
        assertThat(HpkeKdfId.of(1)).hasToString("HKDF-SHA256");
        assertThat(HpkeAeadId.of(3)).hasToString("ChaCha20Poly1305");
        assertThat(ChangeCipherSpecType.CODEC.decode(Bytes.fromHex("01")).get()).isSameAs(ChangeCipherSpecType.CHANGE_CIPHER_SPEC);
        assertThat(SignatureAlgorithm.of(64)).hasToString("gostr34102012_256");
        assertThat(HashAlgorithm.of(7).isKnown()).isFalse();
    }
}
