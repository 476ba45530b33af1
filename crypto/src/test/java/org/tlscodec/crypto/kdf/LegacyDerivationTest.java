package org.tlscodec.crypto.kdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;

/**
 * SSL 3.0 Finished, export keys and the RFC 5705 exporter, which no published vector covers: the
 * expected bytes were computed once with an independent python3 hashlib/hmac implementation of
 * the same RFC text, from the inputs below.
 */
class LegacyDerivationTest {
    private static final Bytes MASTER = range(48);
    private static final Bytes MESSAGES = Bytes.utf8("handshake messages");
    private static final Bytes CLIENT_RANDOM = repeat(0x11, 32);
    private static final Bytes SERVER_RANDOM = repeat(0x22, 32);
    private static final Bytes CLIENT_EXPORT_KEY = Bytes.ofUnsigned(1, 2, 3, 4, 5);
    private static final Bytes SERVER_EXPORT_KEY = Bytes.ofUnsigned(6, 7, 8, 9, 10);

    @Test
    void ssl3FinishedJoinsTheMd5AndShaHalvesWithTheSenderConstants() {
        assertThat(VerifyData.ssl3(MASTER, MESSAGES, Sender.CLIENT)).isEqualTo(Bytes.fromHex(
                "c2f7d22bbd1e05bca832ac6b8be6320bdbd292db770a9de01b1e6e8ee09568ee51daf7f6"));
        assertThat(VerifyData.ssl3(MASTER, MESSAGES, Sender.SERVER)).isEqualTo(Bytes.fromHex(
                "4bea73d25b7c26fc5fc6be4cac7ca49f3e4ead831f7199c453488b015067d7741e404ce8"));
    }

    @Test
    void verifyDataMatchesOnlyTheSameBytes() {
        Bytes v = VerifyData.ssl3(MASTER, MESSAGES, Sender.CLIENT);
        assertThat(VerifyData.matches(v, Bytes.fromHex(v.hex()))).isTrue();
        assertThat(VerifyData.matches(v, VerifyData.ssl3(MASTER, MESSAGES, Sender.SERVER))).isFalse();
        assertThat(VerifyData.matches(v, v.take(12))).isFalse();
    }

    @Test
    void tls10ExportKeysStretchTheShortKeysAndTakeIvsFromTheIvBlock() {
        KeyMaterial exportable = new KeyMaterial(Bytes.empty(), Bytes.empty(), CLIENT_EXPORT_KEY, SERVER_EXPORT_KEY, Bytes.empty(), Bytes.empty());
        KeyMaterial keys = ExportKeys.tls10(exportable, CLIENT_RANDOM, SERVER_RANDOM, 16, 8).get();
        assertThat(keys.clientKey()).isEqualTo(Bytes.fromHex("fa6876302caeee02292835165bba87e9"));
        assertThat(keys.serverKey()).isEqualTo(Bytes.fromHex("43fb5d6251b9343af06721198e293d29"));
        assertThat(keys.clientIv()).isEqualTo(Bytes.fromHex("ae51d8c1ed913855"));
        assertThat(keys.serverIv()).isEqualTo(Bytes.fromHex("aadbb522dfcf281d"));
    }

    @Test
    void ssl3ExportKeysAreMd5OfTheShortKeyAndTheRandomsInEachSidesOrder() {
        KeyMaterial exportable = new KeyMaterial(Bytes.empty(), Bytes.empty(), CLIENT_EXPORT_KEY, SERVER_EXPORT_KEY, Bytes.empty(), Bytes.empty());
        KeyMaterial keys = ExportKeys.ssl3(exportable, CLIENT_RANDOM, SERVER_RANDOM, 16, 8).get();
        assertThat(keys.clientKey()).isEqualTo(Bytes.fromHex("41ab71772feff8059b8196190566ca04"));
        assertThat(keys.serverKey()).isEqualTo(Bytes.fromHex("96af27ac7c88ab29cd391484d3f528bb"));
        assertThat(keys.clientIv()).isEqualTo(Bytes.fromHex("2acb1096b1c2f092"));
        assertThat(keys.serverIv()).isEqualTo(Bytes.fromHex("7659cd76638a2d70"));
    }

    @Test
    void rfc5705ExporterAddsTheContextWithItsLengthOnlyWhenThereIsOne() {
        Prf prf = new Prf.Tls12(HashAlgorithm.SHA256);
        assertThat(Exporters.rfc5705(prf, MASTER, "EXPORTER-test", CLIENT_RANDOM, SERVER_RANDOM, Option.none(), 32).get())
                .isEqualTo(Bytes.fromHex("dd4b6f8ab82efbc884b2e1ff5de96b2508c0e733a8f789e7b221b2800ce9af33"));
        assertThat(Exporters.rfc5705(prf, MASTER, "EXPORTER-test", CLIENT_RANDOM, SERVER_RANDOM, Option.some(Bytes.utf8("abc")), 32).get())
                .isEqualTo(Bytes.fromHex("7b61c99ccf4ef7417078f4dbd71b5301b67eaca222881e8066ff84343f8933df"));
    }

    @Test
    void prfOfEachVersion() {
        assertThat(Prf.of(org.tlscodec.tls.registry.ProtocolVersion.SSL_3_0, HashAlgorithm.SHA256).get()).isEqualTo(new Prf.Ssl3());
        assertThat(Prf.of(org.tlscodec.tls.registry.ProtocolVersion.TLS_1_1, HashAlgorithm.SHA256).get()).isEqualTo(new Prf.Tls10());
        assertThat(Prf.of(org.tlscodec.tls.registry.ProtocolVersion.TLS_1_2, HashAlgorithm.SHA384).get())
                .isEqualTo(new Prf.Tls12(HashAlgorithm.SHA384));
        assertThat(Prf.of(org.tlscodec.tls.registry.ProtocolVersion.TLS_1_3, HashAlgorithm.SHA256).isEmpty()).isTrue();
    }

    static Bytes range(int n) {
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = i;
        }
        return Bytes.ofUnsigned(v);
    }

    static Bytes repeat(int value, int n) {
        int[] v = new int[n];
        java.util.Arrays.fill(v, value);
        return Bytes.ofUnsigned(v);
    }
}
