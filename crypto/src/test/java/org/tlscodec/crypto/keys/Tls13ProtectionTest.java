package org.tlscodec.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.CipherError;
import org.tlscodec.crypto.cipher.RecordOptions;
import org.tlscodec.crypto.cipher.RecordProtection;
import org.tlscodec.crypto.kdf.TrafficKeys;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * TLS 1.3 traffic secrets to record protection, against RFC 8448 section 3 (Simple 1-RTT
 * Handshake, TLS_AES_128_GCM_SHA256): the secrets, write keys and IVs and the complete records
 * below are the RFC's.
 */
class Tls13ProtectionTest {
    private static final CipherSuiteInfo AES_128_GCM = CipherSuiteInfo.of(CipherSuite.TLS_AES_128_GCM_SHA256).get();

    // RFC 8448 section 3, "derive secret for handshake "tls13 c hs traffic"" and "tls13 c ap traffic".
    private static final Bytes CLIENT_HANDSHAKE_TRAFFIC_SECRET =
            Bytes.fromHex("b3eddb126e067f35a780b3abf45e2d8f3b1a950738f52e9600746a0e27a55a21");
    private static final Bytes CLIENT_APPLICATION_TRAFFIC_SECRET_0 =
            Bytes.fromHex("9e40646ce79a7f9dc05af8889bce6552875afa0b06df0087f792ebb7c17504a5");
    private static final Bytes SERVER_APPLICATION_TRAFFIC_SECRET_0 =
            Bytes.fromHex("a11af9f05531f856ad47116b45a950328204b4f44bfb6b3a4b4f1f3fcb631643");

    @Test
    void aHandshakeTrafficSecretGivesTheRfc8448WriteKeyAndIv() {
        TrafficKeys keys = Tls13Protection.trafficKeys(AES_128_GCM, CLIENT_HANDSHAKE_TRAFFIC_SECRET).get();

        assertThat(keys.key()).isEqualTo(Bytes.fromHex("dbfaa693d1762c5b666af5d950258d01"));
        assertThat(keys.iv()).isEqualTo(Bytes.fromHex("5bd3c71b836e0b76bb73265f"));
    }

    @Test
    void theClientHandshakeSecretOpensTheRfc8448ClientFinishedRecord() {
        RecordProtection client = Tls13Protection.of(AES_128_GCM, CLIENT_HANDSHAKE_TRAFFIC_SECRET, RecordOptions.DEFAULT).get();
        // RFC 8448 section 3, "send handshake record" (client Finished), payload after the 5-byte header.
        Bytes record = Bytes.fromHex("75ec4dc238cce60b298044a71e219c56cc77b0517fe9b93c7a4bfc44d87f38f80338ac98fc46deb384bd1caeacab6867d726c40546");

        RecordProtection.Opened opened = client.open(0, ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_2, record).get();

        assertThat(opened.type()).isEqualTo(ContentType.HANDSHAKE);
        assertThat(opened.bytes()).isEqualTo(Bytes.fromHex("14000020a8ec436d677634ae525ac1fcebe11a039ec17694fac6e98527b642f2edd5ce61"));
    }

    @Test
    void bothApplicationSecretsOpenTheRfc8448CloseNotifyAlertsAtTheirSequenceNumbers() {
        ConnectionProtection both = Tls13Protection.of(AES_128_GCM, CLIENT_APPLICATION_TRAFFIC_SECRET_0,
                SERVER_APPLICATION_TRAFFIC_SECRET_0, RecordOptions.DEFAULT).get();
        // RFC 8448 section 3: the client's alert is its record 1 of the epoch, the server's its record 2.
        Bytes clientAlert = Bytes.fromHex("c9872760655666b74d7ff1153efd6db6d0b0e3");
        Bytes serverAlert = Bytes.fromHex("b58fd67166ebf599d24720cfbe7efa7a8864a9");

        RecordProtection.Opened client = both.clientWrite().open(1, ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_2, clientAlert).get();
        RecordProtection.Opened server = both.serverWrite().open(2, ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_2, serverAlert).get();

        assertThat(client.type()).isEqualTo(ContentType.ALERT);
        assertThat(client.bytes()).isEqualTo(Bytes.fromHex("0100"));
        assertThat(server.type()).isEqualTo(ContentType.ALERT);
        assertThat(server.bytes()).isEqualTo(Bytes.fromHex("0100"));
        assertThat(both.serverWrite().open(1, ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_2, serverAlert).getLeft())
                .isInstanceOf(CipherError.BadRecordMac.class);
    }

    @Test
    void theNextTrafficSecretIsHashLengthAndDiffersFromEachGenerationBefore() {
        Bytes gen1 = Tls13Protection.nextTrafficSecret(AES_128_GCM, CLIENT_APPLICATION_TRAFFIC_SECRET_0).get();
        Bytes gen2 = Tls13Protection.nextTrafficSecret(AES_128_GCM, gen1).get();

        assertThat(gen1.size()).isEqualTo(32);
        assertThat(gen1).isNotEqualTo(CLIENT_APPLICATION_TRAFFIC_SECRET_0);
        assertThat(gen2).isNotEqualTo(gen1).isNotEqualTo(CLIENT_APPLICATION_TRAFFIC_SECRET_0);
        assertThat(Tls13Protection.trafficKeys(AES_128_GCM, gen1).get().key())
                .isNotEqualTo(Tls13Protection.trafficKeys(AES_128_GCM, CLIENT_APPLICATION_TRAFFIC_SECRET_0).get().key());
    }

    @Test
    void aSecretOfTheWrongLengthForTheSuitesHashIsAnErrorNamingBothLengths() {
        CipherSuiteInfo aes256 = CipherSuiteInfo.of(CipherSuite.TLS_AES_256_GCM_SHA384).get();

        KeysError e = Tls13Protection.of(aes256, CLIENT_HANDSHAKE_TRAFFIC_SECRET, RecordOptions.DEFAULT).getLeft();

        assertThat(e).isEqualTo(new KeysError.WrongSecretLength("TLS_AES_256_GCM_SHA384 traffic secret", 48, 32));
        assertThat(e.message()).contains("48").contains("32");
        assertThat(Tls13Protection.nextTrafficSecret(aes256, CLIENT_HANDSHAKE_TRAFFIC_SECRET).getLeft())
                .isInstanceOf(KeysError.WrongSecretLength.class);
    }

    @Test
    void aTls12SuiteHasNoTrafficSecretsAndAnUnimplementedAeadIsAProtectionError() {
        CipherSuiteInfo tls12 = CipherSuiteInfo.of(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA).get();
        CipherSuiteInfo aegis = CipherSuiteInfo.of(CipherSuite.TLS_AEGIS_128L_SHA256).get();

        assertThat(Tls13Protection.of(tls12, CLIENT_HANDSHAKE_TRAFFIC_SECRET, RecordOptions.DEFAULT).getLeft())
                .isInstanceOf(KeysError.Unsupported.class);
        KeysError e = Tls13Protection.of(aegis, CLIENT_HANDSHAKE_TRAFFIC_SECRET, RecordOptions.DEFAULT).getLeft();
        assertThat(e).isInstanceOf(KeysError.Protection.class);
        assertThat(((KeysError.Protection) e).cause()).isInstanceOf(CipherError.Unsupported.class);
    }
}
