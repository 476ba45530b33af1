package org.tlscodec.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.CipherError;
import org.tlscodec.crypto.cipher.RecordOptions;
import org.tlscodec.crypto.cipher.RecordProtection;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.KeyMaterial;
import org.tlscodec.crypto.kdf.LegacyKeys;
import org.tlscodec.crypto.kdf.Prf;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * Master secret to key block to record protection for SSL 3.0 to TLS 1.2. The known answers are
 * golang/go src/crypto/tls/prf_test.go (commit 04ca921, generated there with gnutls-cli; copied in
 * /work/shared/vectors/golang_tls_key_derivation.json): a TLS 1.0 and an SSL 3.0 connection with
 * 20-byte MAC keys and 16-byte write keys.
 */
class LegacyProtectionTest {
    private static final CipherSuiteInfo AES_128_CBC_SHA = CipherSuiteInfo.of(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA).get();
    private static final CipherSuiteInfo RC4_128_SHA = CipherSuiteInfo.of(CipherSuite.TLS_RSA_WITH_RC4_128_SHA).get();

    // prf_test.go, first TLS 1.0 vector.
    private static final Bytes TLS10_MASTER = Bytes.fromHex(
            "3d851bab6e5556e959a16bc36d66cfae32f672bfa9ecdef6096cbb1b23472df1da63dbbd9827606413221d149ed08ceb");
    private static final Bytes TLS10_CLIENT_RANDOM = Bytes.fromHex("4ae66303755184a3917fcb44880605fcc53baa01912b22ed94473fc69cebd558");
    private static final Bytes TLS10_SERVER_RANDOM = Bytes.fromHex("4ae663020ec16e6bb5130be918cfcafd4d765979a3136a5d50c593446e4e44db");

    // prf_test.go, the SSL 3.0 vector.
    private static final Bytes SSL3_MASTER = Bytes.fromHex(
            "a614863e56299dcffeea2938f22c2ba023768dbe4b3f6877bc9c346c6ae529b51d9cb87ff9695ea4d01f2205584405b2");
    private static final Bytes SSL3_CLIENT_RANDOM = Bytes.fromHex("4ae663b2ee389c0de147c509d8f18f5052afc4aaf9699efe8cb05ece883d3a5e");
    private static final Bytes SSL3_SERVER_RANDOM = Bytes.fromHex("4ae664d503fd4cff50cfc1fb8fc606580f87b0fcdac9554ba0e01d785bdf278e");

    @Test
    void aTls10CbcSuiteTakesTheGoVectorsMacAndWriteKeysAndItsImplicitIvsFromTheKeyBlock() {
        KeyMaterial km = LegacyProtection.keyMaterial(AES_128_CBC_SHA, ProtocolVersion.TLS_1_0, TLS10_MASTER,
                TLS10_CLIENT_RANDOM, TLS10_SERVER_RANDOM).get();

        assertThat(km.clientMacKey()).isEqualTo(Bytes.fromHex("805aaa19b3d2c0a0759a4b6c9959890e08480119"));
        assertThat(km.serverMacKey()).isEqualTo(Bytes.fromHex("2d22f9fe519c075c16448305ceee209fc24ad109"));
        assertThat(km.clientKey()).isEqualTo(Bytes.fromHex("d50b5771244f850cd8117a9ccafe2cf1"));
        assertThat(km.serverKey()).isEqualTo(Bytes.fromHex("e076e33206b30507a85c32855acd0919"));
        // TLS 1.0 CBC: client_write_IV and server_write_IV follow the keys in the key block (RFC 2246 section 6.3).
        Bytes block = LegacyKeys.keyBlock(new Prf.Tls10(), TLS10_MASTER, TLS10_CLIENT_RANDOM, TLS10_SERVER_RANDOM, 104).get();
        assertThat(km.clientIv()).isEqualTo(block.slice(72, 88));
        assertThat(km.serverIv()).isEqualTo(block.slice(88, 104));
    }

    @Test
    void theSameSuiteInTls12HasNoFixedIvAndItsPrfIsSha256() {
        KeyMaterial km = LegacyProtection.keyMaterial(AES_128_CBC_SHA, ProtocolVersion.TLS_1_2, TLS10_MASTER,
                TLS10_CLIENT_RANDOM, TLS10_SERVER_RANDOM).get();

        Bytes block = LegacyKeys.keyBlock(new Prf.Tls12(HashAlgorithm.SHA256), TLS10_MASTER, TLS10_CLIENT_RANDOM,
                TLS10_SERVER_RANDOM, 72).get();
        assertThat(km.clientMacKey().concat(km.serverMacKey()).concat(km.clientKey()).concat(km.serverKey())).isEqualTo(block);
        assertThat(km.clientIv().isEmpty() && km.serverIv().isEmpty()).isTrue();
    }

    @Test
    void anSsl30StreamSuiteTakesTheGoVectorsKeysFromTheSsl3Construction() {
        KeyMaterial km = LegacyProtection.keyMaterial(RC4_128_SHA, ProtocolVersion.SSL_3_0, SSL3_MASTER,
                SSL3_CLIENT_RANDOM, SSL3_SERVER_RANDOM).get();

        assertThat(km.clientMacKey()).isEqualTo(Bytes.fromHex("2c450d5b6f6e2013ac6bea6a0b32200d4e1ffb94"));
        assertThat(km.serverMacKey()).isEqualTo(Bytes.fromHex("7a7a7438769536f2fb1ae49a61f0703b79b2dc53"));
        assertThat(km.clientKey()).isEqualTo(Bytes.fromHex("f8f6b26c10f12855c9aafb1e0e839ccf"));
        assertThat(km.serverKey()).isEqualTo(Bytes.fromHex("2b9d4b4a60cb7f396780ebff50650419"));
    }

    @Test
    void theClientAndServerProtectionsAreEachSidesOwnKeys() {
        ConnectionProtection both = LegacyProtection.of(AES_128_CBC_SHA, ProtocolVersion.TLS_1_2, TLS10_MASTER,
                TLS10_CLIENT_RANDOM, TLS10_SERVER_RANDOM, RecordOptions.DEFAULT).get();
        Bytes plaintext = Bytes.utf8("GET / HTTP/1.1\r\n\r\n");

        RecordProtection.Sealed sealed = both.clientWrite().seal(0, ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_2, plaintext).get();

        assertThat(both.clientWrite().open(0, sealed.type(), ProtocolVersion.TLS_1_2, sealed.bytes()).get().bytes()).isEqualTo(plaintext);
        assertThat(both.serverWrite().open(0, sealed.type(), ProtocolVersion.TLS_1_2, sealed.bytes()).getLeft())
                .isInstanceOf(CipherError.BadRecordMac.class);
        assertThat(both.writtenBy(org.tlscodec.crypto.keylog.KeyLogLabel.Direction.SERVER)).isSameAs(both.serverWrite());
        assertThat(both.toString()).isEqualTo("ConnectionProtection[TLS_RSA_WITH_AES_128_CBC_SHA]");
    }

    @Test
    void aTls10ExportSuiteStretchesItsFiveByteKeysAndTakesItsIvsFromTheIvBlock() {
        CipherSuiteInfo des40 = CipherSuiteInfo.of(CipherSuite.TLS_RSA_EXPORT_WITH_DES40_CBC_SHA).get();
        Bytes randoms = TLS10_CLIENT_RANDOM.concat(TLS10_SERVER_RANDOM);
        Prf prf = new Prf.Tls10();

        KeyMaterial km = LegacyProtection.keyMaterial(des40, ProtocolVersion.TLS_1_0, TLS10_MASTER,
                TLS10_CLIENT_RANDOM, TLS10_SERVER_RANDOM).get();

        // RFC 2246 section 6.3: the key block holds 2 x 20 MAC key bytes and 2 x 5 export key bytes, no IVs.
        Bytes block = LegacyKeys.keyBlock(prf, TLS10_MASTER, TLS10_CLIENT_RANDOM, TLS10_SERVER_RANDOM, 50).get();
        Bytes ivBlock = prf.compute(Bytes.empty(), "IV block", randoms, 16).get();
        assertThat(km.clientMacKey().concat(km.serverMacKey())).isEqualTo(block.take(40));
        assertThat(km.clientKey()).isEqualTo(prf.compute(block.slice(40, 45), "client write key", randoms, 8).get());
        assertThat(km.serverKey()).isEqualTo(prf.compute(block.slice(45, 50), "server write key", randoms, 8).get());
        assertThat(km.clientIv().concat(km.serverIv())).isEqualTo(ivBlock);
        assertThat(LegacyProtection.of(des40, ProtocolVersion.TLS_1_0, TLS10_MASTER, TLS10_CLIENT_RANDOM, TLS10_SERVER_RANDOM,
                RecordOptions.DEFAULT).isRight()).isTrue();
    }

    @Test
    void anSsl30ExportSuiteHashesItsKeysWithTheRandoms() {
        CipherSuiteInfo rc4Export = CipherSuiteInfo.of(CipherSuite.TLS_RSA_EXPORT_WITH_RC4_40_MD5).get();

        KeyMaterial km = LegacyProtection.keyMaterial(rc4Export, ProtocolVersion.SSL_3_0, SSL3_MASTER,
                SSL3_CLIENT_RANDOM, SSL3_SERVER_RANDOM).get();

        // RFC 6101 section 6.2.2: final_client_write_key = MD5(client_write_key + ClientHello.random + ServerHello.random).
        Bytes block = LegacyKeys.keyBlock(new Prf.Ssl3(), SSL3_MASTER, SSL3_CLIENT_RANDOM, SSL3_SERVER_RANDOM, 42).get();
        assertThat(km.clientKey()).isEqualTo(HashAlgorithm.MD5.digest(block.slice(32, 37), SSL3_CLIENT_RANDOM, SSL3_SERVER_RANDOM));
        assertThat(km.serverKey()).isEqualTo(HashAlgorithm.MD5.digest(block.slice(37, 42), SSL3_SERVER_RANDOM, SSL3_CLIENT_RANDOM));
    }

    @Test
    void anExportSuiteAfterTls10IsUnsupported() {
        CipherSuiteInfo rc4Export = CipherSuiteInfo.of(CipherSuite.TLS_RSA_EXPORT_WITH_RC4_40_MD5).get();

        KeysError e = LegacyProtection.of(rc4Export, ProtocolVersion.TLS_1_1, TLS10_MASTER, TLS10_CLIENT_RANDOM,
                TLS10_SERVER_RANDOM, RecordOptions.DEFAULT).getLeft();

        assertThat(e).isInstanceOf(KeysError.Unsupported.class);
        assertThat(e.message()).contains("TLS_RSA_EXPORT_WITH_RC4_40_MD5").contains("TLS 1.0");
    }

    @Test
    void wrongLengthsAreErrorsThatSayWhatWasExpected() {
        Bytes master = TLS10_MASTER;
        Bytes random = TLS10_CLIENT_RANDOM;

        assertThat(LegacyProtection.of(AES_128_CBC_SHA, ProtocolVersion.TLS_1_2, master.take(47), random, random, RecordOptions.DEFAULT)
                .getLeft()).isEqualTo(new KeysError.WrongSecretLength("master secret", 48, 47));
        assertThat(LegacyProtection.of(AES_128_CBC_SHA, ProtocolVersion.TLS_1_2, master, random.take(31), random, RecordOptions.DEFAULT)
                .getLeft()).isEqualTo(new KeysError.WrongRandomLength("client_random", 31));
        assertThat(LegacyProtection.of(AES_128_CBC_SHA, ProtocolVersion.TLS_1_2, master, random, random.concat(random), RecordOptions.DEFAULT)
                .getLeft().message()).isEqualTo("server_random must be 32 bytes, not 64");
    }

    @Test
    void suitesAndVersionsWithoutAKeyBlockAreUnsupportedAndUnimplementedCiphersAreProtectionErrors() {
        CipherSuiteInfo tls13 = CipherSuiteInfo.of(CipherSuite.TLS_AES_128_GCM_SHA256).get();
        CipherSuiteInfo gost = CipherSuiteInfo.of(CipherSuite.TLS_GOSTR341112_256_WITH_KUZNYECHIK_CTR_OMAC).get();
        CipherSuiteInfo rc4x56 = CipherSuiteInfo.of(CipherSuite.TLS_RSA_EXPORT1024_WITH_RC4_56_SHA).get();
        Bytes r = TLS10_CLIENT_RANDOM;

        assertThat(LegacyProtection.of(tls13, ProtocolVersion.TLS_1_3, TLS10_MASTER, r, r, RecordOptions.DEFAULT).getLeft())
                .isInstanceOf(KeysError.Unsupported.class);
        assertThat(LegacyProtection.of(AES_128_CBC_SHA, ProtocolVersion.TLS_1_3, TLS10_MASTER, r, r, RecordOptions.DEFAULT).getLeft())
                .isInstanceOf(KeysError.Unsupported.class);
        assertThat(LegacyProtection.of(gost, ProtocolVersion.TLS_1_2, TLS10_MASTER, r, r, RecordOptions.DEFAULT).getLeft().message())
                .contains("GOSTR3411_2012_256");
        KeysError e = LegacyProtection.of(rc4x56, ProtocolVersion.TLS_1_0, TLS10_MASTER, r, r, RecordOptions.DEFAULT).getLeft();
        assertThat(e).isInstanceOf(KeysError.Protection.class);
        assertThat(((KeysError.Protection) e).cause()).isInstanceOf(CipherError.Unsupported.class);
    }
}
