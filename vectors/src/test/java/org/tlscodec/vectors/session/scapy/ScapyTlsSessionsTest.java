package org.tlscodec.vectors.session.scapy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.keylog.KeyLog;
import org.tlscodec.crypto.keylog.KeyLogFormat;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.tls.handshake.Certificate;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.ClientKeyExchangeEcdh;
import org.tlscodec.tls.handshake.ECParametersNamedCurve;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.NewSessionTicket;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.handshake.ServerKeyExchangeEcdh;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.NamedGroup;
import org.tlscodec.vectors.crypto.KatJson;

/**
 * Scapy's TLS sessions (scapy_tls_sessions.json: tls.uts and the TLS notebooks, see
 * /work/shared/vectors/README.md) through the passive conversation: each decodes record by record
 * as Scapy recorded it, and those with secrets decrypt with them to the recorded plaintexts (a
 * Finished that did not verify would be an error on its record, so every record without error
 * also means every verify_data matched).
 */
class ScapyTlsSessionsTest {

    private static Dissection withServerKey(JsonNode s) {
        return ScapySessions.dissect(s, KnownSecrets.none().withServerRsaKey(ScapySessions.serverKey(s)));
    }

    private static KeyLog keyLog(String text) {
        return KeyLogFormat.read(text).log();
    }

    private static <T extends HandshakeMessage> T message(Dissection d, Class<T> type) {
        return d.records().flatMap(DissectedRecord::contents).filter(c -> c instanceof RecordContent.HandshakeContent)
                .map(c -> ((RecordContent.HandshakeContent) c).message()).filter(type::isInstance).map(type::cast).head();
    }

    private static Bytes hex(JsonNode facts, String field) {
        return KatJson.hex(facts, field);
    }

    @Test
    void firefoxGithubHandshakeDecodesEveryMessageAndTheRecordFactsScapyAsserts() {
        JsonNode s = ScapySessions.session("tls12_firefox_github_ecdhe_rsa_aes128gcm");
        Dissection d = ScapySessions.dissect(s, KnownSecrets.none());
        ScapyRecords.match("firefox-github", d, s, false);
        JsonNode f = s.path("facts_asserted_by_scapy");

        ClientHello ch = message(d, ClientHello.class);
        assertThat(d.records().head().length()).isEqualTo(f.path("ClientHello_record_length").asInt());
        assertThat(ScapySessions.handshakeMessages(d).head().size() - 4).isEqualTo(f.path("ClientHello_msglen").asInt());
        assertThat(ch.random().bytes().take(4)).isEqualTo(hex(f, "ClientHello_gmt_unix_time"));
        assertThat(ch.cipherSuites().map(c -> String.format("%04x", c.code())))
                .containsExactlyElementsOf(Vector.ofAll(f.path("ClientHello_cipher_suites")).map(JsonNode::asText));
        assertThat(d.summary().serverName()).contains(f.path("server_name").asText());
        ServerHello sh = message(d, ServerHello.class);
        assertThat(sh.random().bytes().take(4)).isEqualTo(hex(f, "ServerHello_gmt_unix_time"));
        assertThat(sh.cipherSuite()).isEqualTo(CipherSuite.of(Integer.parseInt(f.path("ServerHello_cipher_suite").asText(), 16)));
        Certificate.Tls12 cert = message(d, Certificate.Tls12.class);
        assertThat(cert.certificateList().map(c -> c.size() + 3).sum().intValue()).isEqualTo(f.path("Certificate_certs_length").asInt());
        ServerKeyExchangeEcdh ske = message(d, ServerKeyExchangeEcdh.class);
        assertThat(((ECParametersNamedCurve) ske.params().curveParams()).namedCurve())
                .isEqualTo(NamedGroup.of(Integer.parseInt(f.path("ServerKeyExchange_named_curve").asText(), 16)));
        assertThat(ske.signedParams().get().algorithm().get().code()).isEqualTo(Integer.parseInt(f.path("ServerKeyExchange_signature_algorithm").asText(), 16));
        assertThat(message(d, ClientKeyExchangeEcdh.class).ecdhYc().get().point().size()).isEqualTo(f.path("ClientKeyExchange_ecdh_Yc_length").asInt());
        NewSessionTicket.Tls12 ticket = message(d, NewSessionTicket.Tls12.class);
        assertThat(ticket.ticketLifetimeHint()).isEqualTo(f.path("NewSessionTicket_lifetime").asLong());
        assertThat(ticket.ticket().size()).isEqualTo(f.path("NewSessionTicket_ticket_length").asInt());
        // The protected records stay opaque: explicit nonce, ciphertext and tag where Scapy saw them.
        Vector<Bytes> protectedBodies = Vector.ofAll(s.path("records")).filter(r -> r.path("encrypted").asBoolean(false))
                .map(r -> KatJson.hex(r, "complete_record").drop(5));
        JsonNode cf = f.path("client_Finished_record");
        assertThat(protectedBodies.get(0)).isEqualTo(hex(cf, "explicit_nonce").concat(hex(cf, "encrypted_content")).concat(hex(cf, "gcm_tag")));
        JsonNode sf = f.path("server_Finished_record");
        assertThat(protectedBodies.get(1)).isEqualTo(hex(sf, "explicit_nonce").concat(hex(sf, "encrypted_content")).concat(hex(sf, "gcm_tag")));
        JsonNode ad = f.path("client_application_data_record");
        assertThat(protectedBodies.get(2).take(8)).isEqualTo(hex(ad, "explicit_nonce"));
        assertThat(protectedBodies.get(2).size()).isEqualTo(8 + ad.path("encrypted_content_length").asInt() + 16);
        assertThat(d.summary().decrypted()).isFalse();
        assertThat(d.summary().errors()).isZero();
    }

    @Test
    void tls10RsaSessionDecryptsWithTheServerKeyToToBoldlyGo() {
        JsonNode s = ScapySessions.session("tls10_rsa_aes128cbc_sha_compromised_server_key");
        Dissection d = withServerKey(s);
        ScapyRecords.match("tls10-rsa", d, s, true);
        assertThat(new String(ScapySessions.applicationData(d, ConnectionEnd.CLIENT).toArray(), StandardCharsets.US_ASCII))
                .isEqualTo(s.path("expected_application_data_text").asText());
        assertThat(d.session().secrets().masterSecret()).contains(KatJson.hex(s.path("derived"), "master_secret"));
        assertThat(d.summary().decrypted()).isTrue();
    }

    @Test
    void tls12ExtendedMasterSecretGcmSessionDecryptsWithTheServerKey() {
        JsonNode s = ScapySessions.session("tls12_rsa_aes256gcm_sha384_extended_master_secret");
        Dissection d = withServerKey(s);
        ScapyRecords.match("tls12-ems-gcm", d, s, true);
        assertThat(d.session().negotiated().extendedMasterSecret()).isTrue();
        assertThat(d.session().secrets().masterSecret()).contains(KatJson.hex(s.path("derived"), "master_secret"));
    }

    @Test
    void tls12ExtendedMasterSecretRc4SessionDecryptsWithTheServerKey() {
        JsonNode s = ScapySessions.session("tls12_rsa_rc4_128_sha_extended_master_secret");
        Dissection d = withServerKey(s);
        ScapyRecords.match("tls12-ems-rc4", d, s, true);
        assertThat(d.session().secrets().masterSecret()).contains(KatJson.hex(s.path("derived"), "master_secret"));
    }

    @Test
    void tls12EncryptThenMacSessionDecryptsWithTheServerKey() {
        JsonNode s = ScapySessions.session("tls12_rsa_aes256cbc_sha256_encrypt_then_mac");
        Dissection d = withServerKey(s);
        ScapyRecords.match("tls12-etm", d, s, true);
        assertThat(d.session().negotiated().encryptThenMac()).isTrue();
        assertThat(d.session().secrets().masterSecret()).contains(KatJson.hex(s.path("derived"), "master_secret"));
    }

    @Test
    void tls13NotebookSessionDecryptsFromTheClientsX25519Key() {
        JsonNode s = ScapySessions.session("tls13_aes256gcm_sha384_notebook_session");
        Dissection d = ScapySessions.dissect(s, KnownSecrets.none().withEphemeralKey(ConnectionEnd.CLIENT, NamedGroup.X25519,
                KatJson.hex(s.path("secrets"), "client_x25519_private_key")));
        ScapyRecords.match("tls13-notebook (client key)", d, s, true);
        assertThat(ScapySessions.applicationData(d, ConnectionEnd.CLIENT)).isEqualTo(Bytes.of("ping".getBytes(StandardCharsets.US_ASCII)));
        assertThat(ScapySessions.applicationData(d, ConnectionEnd.SERVER)).isEqualTo(Bytes.of("pong".getBytes(StandardCharsets.US_ASCII)));
        assertThat(d.session().secrets().resumptionMasterSecret()).contains(KatJson.hex(s.path("derived"), "resumption_master_secret"));
    }

    @Test
    void tls13NotebookSessionDecryptsFromTheServersX25519Key() {
        JsonNode s = ScapySessions.session("tls13_aes256gcm_sha384_notebook_session");
        Dissection d = ScapySessions.dissect(s, KnownSecrets.none().withEphemeralKey(ConnectionEnd.SERVER, NamedGroup.X25519,
                KatJson.hex(s.path("secrets"), "server_x25519_private_key")));
        ScapyRecords.match("tls13-notebook (server key)", d, s, true);
        assertThat(d.session().secrets().clientHandshakeTrafficSecret()).contains(KatJson.hex(s.path("derived"), "client_handshake_traffic_secret"));
    }

    @Test
    void tls12PcapSessionDecryptsWithItsKeyLogLine() {
        JsonNode s = ScapySessions.session("tls12_ecdhe_rsa_aes256gcm_sha384_pcap_keylog");
        Dissection d = ScapySessions.dissect(s, KnownSecrets.of(keyLog(s.path("secrets").path("key_log_line").asText() + "\n")));
        ScapyRecords.match("tls12-pcap-keylog", d, s, true);
        assertThat(d.session().negotiated().extendedMasterSecret()).isTrue();
        assertThat(d.summary().decrypted()).isTrue();
    }

    @Test
    void tls12TcpFragmentedPcapSessionDecryptsWithItsKeyLogLine() {
        JsonNode s = ScapySessions.session("tls12_ecdhe_rsa_aes128gcm_sha256_tcp_fragmented_pcap_keylog");
        Dissection d = ScapySessions.dissect(s, KnownSecrets.of(keyLog(s.path("secrets").path("key_log_line").asText() + "\n")));
        ScapyRecords.match("tls12-tcp-frag", d, s, true);
        assertThat(d.summary().decrypted()).isTrue();
    }

    @Test
    void tls13PcapSessionDecryptsWithItsKeyLogLines() {
        JsonNode s = ScapySessions.session("tls13_aes256gcm_sha384_pcap_keylog");
        String lines = Vector.ofAll(s.path("secrets").path("key_log_lines")).map(JsonNode::asText).mkString("", "\n", "\n");
        Dissection d = ScapySessions.dissect(s, KnownSecrets.of(keyLog(lines)));
        ScapyRecords.match("tls13-pcap-keylog", d, s, true);
        assertThat(d.summary().decrypted()).isTrue();
    }
}
