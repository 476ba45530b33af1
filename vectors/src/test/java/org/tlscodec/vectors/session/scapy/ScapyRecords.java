package org.tlscodec.vectors.session.scapy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.tls.handshake.MalformedHandshakeMessage;
import org.tlscodec.tls.handshake.RawHandshakeMessage;
import org.tlscodec.vectors.crypto.KatJson;

/**
 * A dissection checked against a Scapy session's records as the JSON lists them: sender, header
 * type (and version and length where given), whether the record was protected and decrypted, the
 * handshake messages each record carried (by their RFC names), the TLS 1.3 inner type, and the
 * plaintext (Scapy's {@code plaintext} or {@code payload}) rebuilt from what the record decoded to.
 */
final class ScapyRecords {
    private static final Map<String, Integer> TYPES = HashMap.of("change_cipher_spec", 20, "alert", 21, "handshake", 22, "application_data", 23);

    private ScapyRecords() {
    }

    /** {@code snake_case} of Scapy's message name: ClientHello is client_hello, the RFC's name. */
    static String rfcName(String scapyName) {
        String base = scapyName.replace("server_", "").replace("client_", "");
        return base.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** Every record as the JSON lists it; {@code decrypting} says whether the secrets given open the protected ones. */
    static void match(String name, Dissection d, JsonNode session, boolean decrypting) {
        Vector<JsonNode> want = ScapySessions.records(session);
        assertThat(d.records()).as(name + ": records").hasSize(want.size());
        assertThat(d.streamErrors()).as(name).isEmpty();
        for (int i = 0; i < want.size(); i++) {
            DissectedRecord r = d.records().get(i);
            JsonNode w = want.get(i);
            String at = name + " record " + i;
            assertThat(r.error()).as(at + ": error").isEmpty();
            assertThat(r.sender()).as(at + ": sender").isEqualTo(ScapySessions.sender(w));
            assertThat(r.type().code()).as(at + ": type").isEqualTo(TYPES.get(w.path("content_type").asText()).get());
            if (w.has("version")) {
                assertThat(r.version().code()).as(at + ": version").isEqualTo(Integer.parseInt(w.path("version").asText(), 16));
            }
            if (w.has("length")) {
                assertThat(r.length()).as(at + ": length").isEqualTo(w.path("length").asInt());
            }
            boolean isProtected = w.has("sequence_number") || w.path("encrypted").asBoolean(false);
            assertThat(r.protectedRecord()).as(at + ": protected").isEqualTo(isProtected);
            assertThat(r.decrypted()).as(at + ": decrypted").isEqualTo(isProtected && decrypting);
            if (isProtected && !decrypting) {
                assertThat(r.contents()).as(at).isEmpty();
                continue;
            }
            JsonNode names = w.has("handshake_messages") ? w.path("handshake_messages") : w.path("messages");
            Vector<String> messages = r.contents().filter(c -> c instanceof RecordContent.HandshakeContent)
                    .map(c -> ((RecordContent.HandshakeContent) c).message())
                    .peek(m -> assertThat(m).as(at).isNotInstanceOf(RawHandshakeMessage.class).isNotInstanceOf(MalformedHandshakeMessage.class))
                    .map(m -> m.msgType().name().getOrElse("?"));
            assertThat(messages).as(at + ": messages").containsExactlyElementsOf(Vector.ofAll(names).map(n -> rfcName(n.asText())));
            if (w.has("inner_content_type")) {
                assertThat(r.innerType().get().code()).as(at + ": inner type").isEqualTo(TYPES.get(w.path("inner_content_type").asText()).get());
            }
            String plain = w.has("plaintext") ? "plaintext" : w.has("payload") ? "payload" : "";
            if (!plain.isEmpty()) {
                assertThat(r.plaintext()).as(at + ": " + plain).isEqualTo(KatJson.hex(w, plain));
            }
        }
    }

}
