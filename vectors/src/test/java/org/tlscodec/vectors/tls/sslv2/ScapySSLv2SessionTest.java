package org.tlscodec.vectors.tls.sslv2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SslV2CipherKind;
import org.tlscodec.tls.registry.SSLv2AuthenticationType;
import org.tlscodec.tls.registry.SSLv2CertificateType;
import org.tlscodec.tls.sslv2.SSLv2ClientCertificate;
import org.tlscodec.tls.sslv2.SSLv2ClientFinished;
import org.tlscodec.tls.sslv2.SSLv2ClientHello;
import org.tlscodec.tls.sslv2.SSLv2ClientMasterKey;
import org.tlscodec.tls.sslv2.SSLv2Message;
import org.tlscodec.tls.sslv2.SSLv2RequestCertificate;
import org.tlscodec.tls.sslv2.SSLv2ServerFinished;
import org.tlscodec.tls.sslv2.SSLv2ServerHello;
import org.tlscodec.tls.sslv2.SSLv2ServerVerify;
import org.tlscodec.vectors.data.Resources;

/**
 * Scapy's SSL 2.0 session (EXP-RC4-MD5 with client authentication): the three clear messages
 * after their two-byte record header, and the five handshake messages Scapy decrypted, each decoded
 * and re-encoded byte for byte, and tied together as the protocol ties them.
 */
class ScapySSLv2SessionTest {
    private static Vector<SSLv2Message> handshake;

    @BeforeAll
    static void read() throws Exception {
        JsonNode session = new ObjectMapper().readTree(Resources.knownAnswers("scapy_tls_sessions.json").get())
                .path("sessions").path("sslv2_exp_rc4_128_md5_compromised_server_key");
        Vector<SSLv2Message> messages = Vector.empty();
        for (JsonNode r : session.path("records")) {
            if (r.has("application_data")) {
                continue;
            }
            assertThat(r.path("header_length").asText()).isEqualTo("2"); // no padding to strip
            Bytes payload = r.has("plaintext")
                    ? Bytes.fromHex(r.path("plaintext").asText())
                    : Bytes.fromHex(r.path("complete_record").asText()).drop(2);
            SSLv2Message m = SSLv2Message.CODEC.decode(payload).getOrElseThrow(e -> new AssertionError(r.path("message") + ": " + e.describe()));
            assertThat(SSLv2Message.CODEC.encode(m).get()).isEqualTo(payload);
            messages = messages.append(m);
        }
        handshake = messages;
    }

    @Test
    void everyHandshakeMessageOfTheSessionDecodesAsItsType() {
        assertThat(handshake.map(m -> m.getClass().getSimpleName())).containsExactly(
                "SSLv2ClientHello", "SSLv2ServerHello", "SSLv2ClientMasterKey", "SSLv2ServerVerify", "SSLv2ClientFinished",
                "SSLv2RequestCertificate", "SSLv2ClientCertificate", "SSLv2ServerFinished");
    }

    @Test
    void theClientHelloOffersSevenSsl2KindsAndTheServerVerifyEchoesItsChallenge() {
        SSLv2ClientHello ch = (SSLv2ClientHello) handshake.get(0);
        assertThat(ch.version()).isSameAs(ProtocolVersion.SSL_2_0);
        assertThat(ch.cipherSpecs()).hasSize(7).contains(SslV2CipherKind.SSL_CK_RC4_128_EXPORT40_WITH_MD5);
        assertThat(ch.tlsCipherSuites()).isEmpty();
        assertThat(ch.sessionId()).isEqualTo(Bytes.empty());
        assertThat(ch.challenge()).isEqualTo(Bytes.fromHex("1afb2f9ca3d1293454a3152821ffd10c"));
        assertThat(((SSLv2ServerVerify) handshake.get(3)).challenge()).isEqualTo(ch.challenge());
    }

    @Test
    void theServerHelloCarriesAnX509CertificateAndTheClientFinishedEchoesItsConnectionId() {
        SSLv2ServerHello sh = (SSLv2ServerHello) handshake.get(1);
        assertThat(sh.sessionIdHit()).isZero();
        assertThat(sh.certificateType()).isSameAs(SSLv2CertificateType.SSL_CT_X509_CERTIFICATE);
        assertThat(sh.serverVersion()).isSameAs(ProtocolVersion.SSL_2_0);
        assertThat(sh.certificate().take(2)).isEqualTo(Bytes.fromHex("3082"));
        assertThat(((SSLv2ClientFinished) handshake.get(4)).connectionId()).isEqualTo(sh.connectionId());
    }

    @Test
    void theMasterKeyIsForTheExportKindWithElevenClearBytes() {
        SSLv2ClientMasterKey cmk = (SSLv2ClientMasterKey) handshake.get(2);
        assertThat(cmk.cipherKind()).isSameAs(SslV2CipherKind.SSL_CK_RC4_128_EXPORT40_WITH_MD5);
        assertThat(cmk.clearKey().size()).isEqualTo(11); // 16-byte key, 5 secret: the 40-bit export limit
        assertThat(cmk.encryptedKey().size()).isEqualTo(256);
        assertThat(cmk.keyArg()).isEqualTo(Bytes.empty());
    }

    @Test
    void clientAuthenticationAnswersTheRequestWithACertificateAndResponse() {
        SSLv2RequestCertificate req = (SSLv2RequestCertificate) handshake.get(5);
        assertThat(req.authenticationType()).isSameAs(SSLv2AuthenticationType.SSL_AT_MD5_WITH_RSA_ENCRYPTION);
        assertThat(req.certificateChallenge().size()).isEqualTo(16);
        SSLv2ClientCertificate cert = (SSLv2ClientCertificate) handshake.get(6);
        assertThat(cert.certificateType()).isSameAs(SSLv2CertificateType.SSL_CT_X509_CERTIFICATE);
        assertThat(cert.certificate().size()).isEqualTo(0x03a2);
        assertThat(cert.response().size()).isEqualTo(256);
        assertThat(((SSLv2ServerFinished) handshake.get(7)).sessionId().size()).isEqualTo(16);
    }
}
