package org.tlscodec.tls.sslv2;

import org.tlscodec.tls.registry.SSLv2ErrorCode;
import org.tlscodec.tls.registry.SSLv2AuthenticationType;
import org.tlscodec.tls.registry.SSLv2CertificateType;
import org.tlscodec.tls.registry.SSLv2MessageType;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SslV2CipherKind;

class SSLv2MessageTest {

    private static Bytes hex(String h) {
        return Bytes.fromHex(h.replace(" ", ""));
    }

    private static SSLv2Message roundTrip(String wire) {
        SSLv2Message m = SSLv2Message.CODEC.decode(hex(wire)).getOrElseThrow(e -> new AssertionError(e.describe()));
        assertThat(SSLv2Message.CODEC.encode(m).get()).isEqualTo(hex(wire));
        return m;
    }

    @Test
    void aBackwardsCompatibleClientHelloCarriesTlsSuitesAsCipherKindsWithAZeroFirstByte() {
        String challenge = "000102030405060708090a0b0c0d0e0f";
        SSLv2ClientHello ch = (SSLv2ClientHello) roundTrip(
                "01 0301 0009 0000 0010" + "00002f 010080 0000ff" + challenge);
        assertThat(ch.version()).isSameAs(ProtocolVersion.TLS_1_0);
        assertThat(ch.cipherSpecs()).containsExactly(SslV2CipherKind.of(0x2f), SslV2CipherKind.SSL_CK_RC4_128_WITH_MD5,
                SslV2CipherKind.of(0xff));
        assertThat(ch.tlsCipherSuites()).containsExactly(CipherSuite.of(0x002f), CipherSuite.of(0x00ff));
        assertThat(ch.sessionId()).isEqualTo(Bytes.empty());
        assertThat(ch.challenge()).isEqualTo(hex(challenge));
    }

    @Test
    void theClientHelloLengthsAreWrittenFromTheData() {
        SSLv2ClientHello ch = new SSLv2ClientHello(ProtocolVersion.SSL_2_0, Vector.of(SslV2CipherKind.SSL_CK_DES_64_CBC_WITH_MD5),
                hex("aa".repeat(16)), hex("bb".repeat(16)));
        assertThat(SSLv2Message.CODEC.encode(ch).get())
                .isEqualTo(hex("01 0002 0003 0010 0010 060040" + "aa".repeat(16) + "bb".repeat(16)));
    }

    @Test
    void cipherSpecsThatAreNoMultipleOfThreeAreInvalid() {
        CodecError e = SSLv2Message.CODEC.decode(hex("01 0002 0004 0000 0000 01008000")).getLeft();
        assertThat(e).isInstanceOf(CodecError.Invalid.class);
        assertThat(e.path().toString()).contains("cipher_specs");
    }

    @Test
    void aLengthBeyondTheRecordIsTruncated() {
        assertThat(SSLv2Message.CODEC.decode(hex("01 0002 0003 0000 0010 010080")).getLeft()).isInstanceOf(CodecError.Truncated.class);
    }

    @Test
    void aServerHelloReadsItsSixHeadFieldsThenTheData() {
        SSLv2ServerHello sh = (SSLv2ServerHello) roundTrip("04 00 01 0002 0002 0003 0004 3082 020080 c0c1c2c3");
        assertThat(sh.sessionIdHit()).isZero();
        assertThat(sh.certificateType()).isSameAs(SSLv2CertificateType.SSL_CT_X509_CERTIFICATE);
        assertThat(sh.serverVersion()).isSameAs(ProtocolVersion.SSL_2_0);
        assertThat(sh.certificate()).isEqualTo(hex("3082"));
        assertThat(sh.cipherSpecs()).containsExactly(SslV2CipherKind.SSL_CK_RC4_128_EXPORT40_WITH_MD5);
        assertThat(sh.connectionId()).isEqualTo(hex("c0c1c2c3"));
    }

    @Test
    void aClientMasterKeyKeepsClearEncryptedAndKeyArg() {
        SSLv2ClientMasterKey cmk = (SSLv2ClientMasterKey) roundTrip("02 0700c0 0000 0002 0008 eeee 0102030405060708");
        assertThat(cmk.cipherKind()).isSameAs(SslV2CipherKind.SSL_CK_DES_192_EDE3_CBC_WITH_MD5);
        assertThat(cmk.clearKey()).isEqualTo(Bytes.empty());
        assertThat(cmk.encryptedKey()).isEqualTo(hex("eeee"));
        assertThat(cmk.keyArg()).isEqualTo(hex("0102030405060708"));
    }

    @Test
    void theRestOfRecordMessagesTakeEverythingAfterTheType() {
        assertThat(roundTrip("03 c0c1")).isEqualTo(new SSLv2ClientFinished(hex("c0c1")));
        assertThat(roundTrip("05 aabb")).isEqualTo(new SSLv2ServerVerify(hex("aabb")));
        assertThat(roundTrip("06")).isEqualTo(new SSLv2ServerFinished(Bytes.empty()));
        assertThat(roundTrip("07 01 1234")).isEqualTo(new SSLv2RequestCertificate(
                SSLv2AuthenticationType.SSL_AT_MD5_WITH_RSA_ENCRYPTION, hex("1234")));
    }

    @Test
    void aClientCertificateHasItsLengthsFirst() {
        assertThat(roundTrip("08 01 0001 0002 30 5a5a"))
                .isEqualTo(new SSLv2ClientCertificate(SSLv2CertificateType.SSL_CT_X509_CERTIFICATE, hex("30"), hex("5a5a")));
    }

    @Test
    void anErrorIsItsTwoByteCodeAndAnUnknownTypeIsKept() {
        assertThat(roundTrip("00 0001")).isEqualTo(new SSLv2Error(SSLv2ErrorCode.NO_CIPHER_ERROR));
        assertThat(roundTrip("00 0007")).isEqualTo(new SSLv2Error(SSLv2ErrorCode.of(7)));
        assertThat(SSLv2Message.CODEC.decode(hex("00 000100")).getLeft()).isInstanceOf(CodecError.TrailingBytes.class);
        assertThat(roundTrip("09 0102")).isEqualTo(new SSLv2MessageUnknown(SSLv2MessageType.of(9), hex("0102")));
    }

    @Test
    void lengthsTooLongForTheirFieldDoNotEncode() {
        SSLv2ClientHello tooLong = new SSLv2ClientHello(ProtocolVersion.SSL_2_0, Vector.empty(), Bytes.zeros(0x10000), Bytes.zeros(16));
        assertThat(SSLv2Message.CODEC.encode(tooLong).isLeft()).isTrue();
    }
}
