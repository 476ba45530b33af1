package org.tlscodec.vectors.session.rfc8448;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.conversation.Conversation;
import org.tlscodec.session.handshake.HandshakeStep;
import org.tlscodec.session.handshake.HandshakeSteps;
import org.tlscodec.session.record.RecordLayer;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.State;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.record.HandshakeReassembly;
import org.tlscodec.tls.record.ReassembledHandshake;
import org.tlscodec.tls.record.RecordStream;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.vectors.crypto.KatJson;

/**
 * RFC 8448 built with the encode steps: one session (the client's end with the client's
 * ephemeral key, or the server's end with the server's) writes every record of the section in
 * order through {@link RecordLayer} and {@link HandshakeSteps}. Message values are taken from the
 * RFC (they carry its randoms, key shares, certificate and signature); each Finished is computed by
 * the session ({@link HandshakeSteps#writeFinished}); keys, sequence numbers and key changes are the
 * session's own. Every record written is the RFC's record, byte for byte.
 */
class Rfc8448EncodeTest {

    @TestFactory
    Vector<DynamicTest> buildingEachSectionWithTheEncodeStepsGivesTheRfcsRecordsExactly() {
        return Rfc8448Trace.SECTIONS.flatMap(section -> Vector.of(ConnectionEnd.values()).map(end ->
                DynamicTest.dynamicTest(section + " built by the " + end, () -> {
                    Rfc8448Trace t = Rfc8448Trace.of(section);
                    KnownSecrets known = t.ephemeralKeys(end, KnownSecrets.none());
                    if (section.startsWith("section_4")) {
                        Rfc8448Trace s3 = Rfc8448Trace.of(Rfc8448Trace.SECTIONS.get(0));
                        var ticket = Conversation.dissect(end, s3.chunks(), s3.ephemeralKeys(end, KnownSecrets.none()))
                                .session().secrets().tickets().single();
                        known = known.withPsk(ticket.ticket(), ticket.psk(), KnownSecrets.PskKind.RESUMPTION);
                    }
                    TlsSession s = TlsSession.start(end, known);
                    int i = 0;
                    for (JsonNode r : t.records()) {
                        State.Step<TlsSession, Vector<TLSPlaintext>> step = writeRecord(r).run(s);
                        String at = section + " record " + i++;
                        assertThat(step.result().isRight()).as(at + ": %s", step.result().isLeft() ? step.result().getLeft().message() : "").isTrue();
                        Bytes wire = RecordStream.join(step.result().get(), org.tlscodec.tls.record.RecordLimits.OVERSIZE_ALLOWED).get();
                        assertThat(wire).as(at).isEqualTo(KatJson.hex(r, "complete_record"));
                        s = step.state();
                    }
                })));
    }

    /** The record the RFC shows, written from its content through the steps. */
    private static State<TlsSession, Vector<TLSPlaintext>> writeRecord(JsonNode r) {
        ConnectionEnd sender = Rfc8448Trace.sender(r);
        Bytes payload = KatJson.hex(r, "payload");
        String type = r.has("inner_content_type") ? r.get("inner_content_type").asText() : r.get("content_type").asText();
        switch (type) {
            case "handshake":
                Vector<ReassembledHandshake> messages = HandshakeReassembly.reassemble(Vector.of(payload)).messages();
                return RecordLayer.writeFlight(sender, State.traverse(messages, m -> writeMessage(sender, m)));
            case "change_cipher_spec":
                return RecordLayer.writeChangeCipherSpec(sender);
            case "alert":
                return RecordLayer.write(sender, ContentType.ALERT, payload);
            default:
                return RecordLayer.write(sender, ContentType.APPLICATION_DATA, payload);
        }
    }

    /** A Finished is computed by the session; any other message is the RFC's value, written with the session's codec. */
    private static State<TlsSession, Bytes> writeMessage(ConnectionEnd sender, ReassembledHandshake m) {
        if (m.message().msgType().equals(HandshakeType.FINISHED)) {
            return HandshakeSteps.writeFinished(sender);
        }
        State<TlsSession, HandshakeMessage> value = s -> HandshakeStep.codec(s).decode(m.bytes())
                .fold(e -> State.Step.failed(s, SessionError.decoding("RFC 8448 message", e)), v -> State.Step.of(s, v));
        return value.flatMap(v -> HandshakeSteps.write(sender, v));
    }
}
