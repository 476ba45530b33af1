package org.tlscodec.vectors.session.scapy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.conversation.Chunk;
import org.tlscodec.session.conversation.Conversation;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.sslv2.SSLv2ClientCertificate;
import org.tlscodec.tls.sslv2.SSLv2ClientFinished;
import org.tlscodec.tls.sslv2.SSLv2ClientHello;
import org.tlscodec.tls.sslv2.SSLv2ClientMasterKey;
import org.tlscodec.tls.sslv2.SSLv2Message;
import org.tlscodec.tls.sslv2.SSLv2RequestCertificate;
import org.tlscodec.tls.sslv2.SSLv2ServerFinished;
import org.tlscodec.tls.sslv2.SSLv2ServerHello;
import org.tlscodec.tls.sslv2.SSLv2ServerVerify;
import org.tlscodec.vectors.crypto.KatJson;

/**
 * Scapy's SSL 2.0 EXP-RC4-MD5 session with client authentication (sslv2.uts, "Read a vulnerable
 * SSLv2 session"; openssl 0.9.8v) through the passive conversation with only the server's RSA key:
 * the CLIENT-MASTER-KEY's secret part decrypted, the keys derived, every record read with its
 * direction's sequence number, every message of the handshake and both application data records
 * as the JSON records them.
 */
class SslV2SessionTest {
    private static final JsonNode SESSION = ScapySessions.session("sslv2_exp_rc4_128_md5_compromised_server_key");
    private static final Map<String, Class<? extends SSLv2Message>> TYPES = HashMap.of(
            "CLIENT-HELLO", SSLv2ClientHello.class, "SERVER-HELLO", SSLv2ServerHello.class,
            "CLIENT-MASTER-KEY", SSLv2ClientMasterKey.class, "SERVER-VERIFY", SSLv2ServerVerify.class,
            "CLIENT-FINISHED", SSLv2ClientFinished.class, "REQUEST-CERTIFICATE", SSLv2RequestCertificate.class,
            "CLIENT-CERTIFICATE", SSLv2ClientCertificate.class, "SERVER-FINISHED", SSLv2ServerFinished.class);

    private static Dissection withServerKey() {
        return ScapySessions.dissect(SESSION, KnownSecrets.none().withServerRsaKey(ScapySessions.serverKey(SESSION)));
    }

    @Test
    void withOnlyTheServerKeyEveryMessageAndBothDataRecordsComeOutAsScapyRecordedThem() {
        Dissection d = withServerKey();
        Vector<JsonNode> want = ScapySessions.records(SESSION);

        assertThat(d.records()).hasSize(want.size());
        for (int i = 0; i < want.size(); i++) {
            DissectedRecord r = d.records().get(i);
            JsonNode w = want.get(i);
            String at = "record " + i;
            assertThat(r.error()).as(at).isEmpty();
            assertThat(r.sender()).as(at).isEqualTo(ScapySessions.sender(w));
            assertThat(r.version()).as(at).isEqualTo(ProtocolVersion.SSL_2_0);
            assertThat(r.protectedRecord()).as(at + " protected").isEqualTo(w.has("mac"));
            assertThat(r.decrypted()).as(at + " decrypted").isEqualTo(w.has("mac"));
            assertThat(r.contents()).as(at).hasSize(1);
            RecordContent c = r.contents().head();
            if (w.has("application_data")) {
                assertThat(c).as(at).isEqualTo(new RecordContent.ApplicationData(KatJson.hex(w, "application_data")));
                continue;
            }
            RecordContent.SslV2MessageContent m = (RecordContent.SslV2MessageContent) c;
            assertThat(m.message()).as(at).isInstanceOf(TYPES.get(w.path("message").asText()).get());
            if (w.has("plaintext")) {
                assertThat(m.bytes()).as(at + " plaintext").isEqualTo(KatJson.hex(w, "plaintext"));
            }
        }
        assertThat(d.summary().decrypted()).isTrue();
        assertThat(d.summary().errors()).isZero();
        assertThat(d.summary().version()).contains(ProtocolVersion.SSL_2_0);
    }

    @Test
    void theMasterKeyIsTheClearKeyAndTheDecryptedSecretKeyAndTheServerHelloGivesTheConnectionId() {
        Dissection d = withServerKey();
        JsonNode derived = SESSION.path("derived");
        SSLv2ClientMasterKey cmk = d.session().sslv2().clientMasterKey().get();
        assertThat(cmk.clearKey().concat(KatJson.hex(derived, "decrypted_secret_key"))).isEqualTo(KatJson.hex(derived, "master_key"));
        assertThat(cmk.encryptedKey()).isEqualTo(KatJson.hex(derived, "encrypted_key"));
        assertThat(d.session().sslv2().serverHello().get().connectionId()).isEqualTo(KatJson.hex(derived, "connection_id"));
        assertThat(d.session().sslv2().clientHello().get().challenge()).isEqualTo(KatJson.hex(derived, "challenge"));
    }

    @Test
    void sequenceNumbersCountEveryRecordOfEachDirectionFromZeroTheClearOnesIncluded() {
        Dissection d = withServerKey();
        JsonNode finals = SESSION.path("final_sequence_numbers");
        assertThat(d.session().sslv2().client().sequenceNumber()).isEqualTo(finals.path("client").asLong());
        assertThat(d.session().sslv2().server().sequenceNumber()).isEqualTo(finals.path("server").asLong());
    }

    @Test
    void withoutTheServerKeyTheEncryptedRecordsStayOpaqueWithTheirLengthsAndTheClearOnesDecode() {
        Dissection d = ScapySessions.dissect(SESSION, KnownSecrets.none());
        Vector<JsonNode> want = ScapySessions.records(SESSION);

        assertThat(d.records()).hasSize(want.size());
        for (int i = 0; i < want.size(); i++) {
            DissectedRecord r = d.records().get(i);
            assertThat(r.error()).isEmpty();
            assertThat(r.protectedRecord()).isEqualTo(want.get(i).has("mac"));
            assertThat(r.decrypted()).isFalse();
            assertThat(r.contents().isEmpty()).isEqualTo(want.get(i).has("mac"));
            assertThat(r.length() + 2).isEqualTo(KatJson.hex(want.get(i), "complete_record").size());
        }
        assertThat(d.summary().decrypted()).isFalse();
    }

    @Test
    void aFlippedByteInAnEncryptedRecordIsBadRecordMacOnThatRecordAndTheRestStillComes() {
        Vector<Chunk> chunks = ScapySessions.chunks(SESSION);
        int victim = 4; // CLIENT-FINISHED, the client's first encrypted record
        byte[] b = chunks.get(victim).bytes().toArray();
        b[b.length - 1] ^= 0x01;
        Vector<Chunk> corrupt = chunks.update(victim, new Chunk(ConnectionEnd.CLIENT, Bytes.of(b)));

        Dissection d = Conversation.dissect(corrupt, KnownSecrets.none().withServerRsaKey(ScapySessions.serverKey(SESSION)));

        assertThat(d.records()).hasSize(chunks.size());
        assertThat(d.records().get(victim).error().get()).startsWith("bad_record_mac");
        assertThat(d.records().get(victim).decrypted()).isFalse();
        // The server's direction is untouched: its records all open.
        assertThat(d.records().filter(r -> r.sender() == ConnectionEnd.SERVER && r.protectedRecord()).forAll(DissectedRecord::decrypted)).isTrue();
    }
}
