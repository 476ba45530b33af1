package org.tlscodec.vectors.session.captures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.tls.handshake.MalformedHandshakeMessage;
import org.tlscodec.tls.handshake.RawHandshakeMessage;

/**
 * The check of one dissected record against what tshark read of it (a record of a bundled
 * capture's expected.json): sender, header, protection, inner type, every handshake message typed,
 * the alert. Shared by the conversation-level and the capture-level tests.
 */
public final class TsharkRecord {
    private TsharkRecord() {
    }

    /** Asserts {@code r} is tshark's record {@code w}; answers its handshake messages, in order. */
    public static Vector<RecordContent.HandshakeContent> matches(String at, DissectedRecord r, JsonNode w) {
        assertThat(r.sender()).as(at + ": sender").isEqualTo(w.get("dir").asText().equals("c2s") ? ConnectionEnd.CLIENT : ConnectionEnd.SERVER);
        assertThat(r.type().code()).as(at + ": type").isEqualTo(w.get("type").asInt());
        assertThat(r.version().code()).as(at + ": version").isEqualTo(w.get("version").asInt());
        assertThat(r.length()).as(at + ": length").isEqualTo(w.get("length").asInt());
        assertThat(r.protectedRecord()).as(at + ": protected").isEqualTo(w.get("encrypted").asBoolean());
        assertThat(r.decrypted()).as(at + ": decrypted").isEqualTo(w.get("encrypted").asBoolean());
        assertThat(r.innerType().map(t -> t.code()).getOrElse(-1)).as(at + ": inner type").isEqualTo(w.get("inner_type").asInt());
        Vector<RecordContent.HandshakeContent> messages = r.contents().filter(RecordContent.HandshakeContent.class::isInstance)
                .map(RecordContent.HandshakeContent.class::cast);
        for (RecordContent.HandshakeContent m : messages) {
            assertThat(m.message()).as(at + ": decoded").isNotInstanceOfAny(RawHandshakeMessage.class, MalformedHandshakeMessage.class);
        }
        if (w.has("alert")) {
            RecordContent.AlertContent alert = (RecordContent.AlertContent) r.contents().find(RecordContent.AlertContent.class::isInstance)
                    .getOrElseThrow(() -> new AssertionError(at + ": no alert"));
            assertThat(Vector.of(alert.alert().level().code(), alert.alert().description().code())).as(at + ": alert")
                    .isEqualTo(Vector.ofAll(w.get("alert")).map(JsonNode::asInt));
        }
        return messages;
    }
}
