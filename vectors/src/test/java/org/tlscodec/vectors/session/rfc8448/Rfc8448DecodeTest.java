package org.tlscodec.vectors.session.rfc8448;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.conversation.Conversation;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.session.secrets.PskBinder;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.session.state.SessionSecrets;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.vectors.crypto.KatJson;

/**
 * RFC 8448 sections 3 to 7 fed through the decode steps (the conversation API), once with the
 * client's ephemeral private keys and a client-end session, once with the server's and a
 * server-end session: every record opens with the keys the session derives itself (key schedule
 * from the shared secret, transcript of received bytes, HelloRetryRequest rewrite, PSK binder and
 * 0-RTT in section 4, key changes after ServerHello, server Finished, EndOfEarlyData, client
 * Finished), and each record's plaintext and messages are the RFC's.
 */
class Rfc8448DecodeTest {

    /** What section 4 resumes with: section 3's ticket and its PSK, as the section 3 session derived them. */
    private static KnownSecrets withSection3Ticket(ConnectionEnd end, KnownSecrets base) {
        Rfc8448Trace s3 = Rfc8448Trace.of(Rfc8448Trace.SECTIONS.get(0));
        Dissection d = Conversation.dissect(end, s3.chunks(), s3.ephemeralKeys(end, KnownSecrets.none()));
        SessionSecrets.Ticket ticket = d.session().secrets().tickets().single();
        return base.withPsk(ticket.ticket(), ticket.psk(), KnownSecrets.PskKind.RESUMPTION);
    }

    private static Dissection decode(String section, ConnectionEnd end) {
        Rfc8448Trace t = Rfc8448Trace.of(section);
        KnownSecrets known = t.ephemeralKeys(end, KnownSecrets.none());
        if (section.startsWith("section_4")) {
            known = withSection3Ticket(end, known);
        }
        return Conversation.dissect(end, t.chunks(), known);
    }

    @TestFactory
    Vector<DynamicTest> everyRecordOfEverySectionDecodesToTheRfcsPlaintextFromEitherEnd() {
        return Rfc8448Trace.SECTIONS.flatMap(section -> Vector.of(ConnectionEnd.values()).map(end ->
                DynamicTest.dynamicTest(section + " from the " + end + "'s keys", () -> {
                    Rfc8448Trace t = Rfc8448Trace.of(section);
                    Dissection d = decode(section, end);
                    Vector<JsonNode> want = t.records();

                    assertThat(d.records().size()).isEqualTo(want.size());
                    assertThat(d.streamErrors()).isEmpty();
                    for (int i = 0; i < want.size(); i++) {
                        checkRecord(section + " record " + i, d.records().get(i), want.get(i));
                    }
                    assertThat(d.summary().decrypted()).isTrue();
                    assertThat(d.summary().errors()).isZero();
                    assertThat(d.session().end()).isEqualTo(end);
                })));
    }

    private static void checkRecord(String at, DissectedRecord r, JsonNode w) {
        assertThat(r.error()).as(at + ": error").isEmpty();
        assertThat(r.sender()).as(at + ": sender").isEqualTo(Rfc8448Trace.sender(w));
        boolean prot = w.has("write_key");
        assertThat(r.protectedRecord()).as(at + ": protected").isEqualTo(prot);
        assertThat(r.decrypted()).as(at + ": decrypted").isEqualTo(prot);
        String inner = w.has("inner_content_type") ? w.get("inner_content_type").asText() : w.get("content_type").asText();
        assertThat(r.innerType().get().name().get()).as(at + ": inner type").isEqualTo(inner);
        Bytes payload = KatJson.hex(w, "payload");
        assertThat(r.plaintext()).as(at + ": plaintext").isEqualTo(payload);
        int messages = w.has("messages") ? w.get("messages").size() : 0;
        assertThat(r.contents().count(RecordContent.HandshakeContent.class::isInstance)).as(at + ": messages").isEqualTo(messages);
    }


    @Test
    void section3sTicketGivesTheRfcsResumptionPskAndSection4sSessionIsResumedWithEarlyDataAccepted() {
        Rfc8448Trace s3 = Rfc8448Trace.of(Rfc8448Trace.SECTIONS.get(0));
        Dissection d3 = Conversation.dissect(s3.chunks(), s3.ephemeralKeys(ConnectionEnd.CLIENT, KnownSecrets.none()));
        Dissection d4 = decode(Rfc8448Trace.SECTIONS.get(1), ConnectionEnd.CLIENT);

        assertThat(d3.session().secrets().resumptionMasterSecret().get()).isEqualTo(s3.secret("resumption_master_secret"));
        assertThat(d3.session().secrets().tickets().single().psk()).isEqualTo(s3.secret("resumption_psk"));
        assertThat(d4.summary().resumed()).isTrue();
        assertThat(d4.session().negotiated().earlyDataAccepted()).isTrue();
        assertThat(d4.records().get(1).innerType().get()).isEqualTo(ContentType.APPLICATION_DATA);
    }

    @Test
    void thePskBinderOverThePartialClientHelloIsTheRfcs() {
        Rfc8448Trace s4 = Rfc8448Trace.of(Rfc8448Trace.SECTIONS.get(1));
        Bytes ch = s4.message("ClientHello");
        Bytes psk = Rfc8448Trace.of(Rfc8448Trace.SECTIONS.get(0)).secret("resumption_psk");
        org.tlscodec.tls.handshake.ClientHello hello = (org.tlscodec.tls.handshake.ClientHello) org.tlscodec.tls.handshake.Handshake
                .codec(org.tlscodec.tls.WireContext.initial()).decode(ch).get();
        org.tlscodec.tls.extension.OfferedPsks offered = org.tlscodec.session.secrets.HelloExtensions
                .find(hello.extensions(), org.tlscodec.tls.extension.OfferedPsks.class).get();

        Bytes binder = PskBinder.binder(org.tlscodec.crypto.kdf.HashAlgorithm.SHA256, psk, KnownSecrets.PskKind.RESUMPTION, Bytes.empty(),
                PskBinder.partialClientHello(ch, offered).get());

        assertThat(binder).isEqualTo(s4.secret("psk_binder"));
        assertThat(offered.binders().single()).isEqualTo(binder);
    }

    @Test
    void aWrongPskBinderIsAnErrorOnTheClientHelloRecord() {
        Rfc8448Trace s4 = Rfc8448Trace.of(Rfc8448Trace.SECTIONS.get(1));
        KnownSecrets wrongPsk = KnownSecrets.none();
        Bytes ticket = withSection3Ticket(ConnectionEnd.CLIENT, KnownSecrets.none()).psks().single().identity();
        wrongPsk = wrongPsk.withPsk(ticket, Bytes.zeros(32), KnownSecrets.PskKind.RESUMPTION);

        Dissection d = Conversation.dissect(s4.chunks(), wrongPsk);

        assertThat(d.records().get(0).error().get()).contains("binder");
        assertThat(d.records().size()).isEqualTo(s4.records().size());
    }
}
