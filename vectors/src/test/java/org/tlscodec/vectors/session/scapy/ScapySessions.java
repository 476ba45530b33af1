package org.tlscodec.vectors.session.scapy;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import java.security.interfaces.RSAPrivateKey;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.x509.Keys;
import org.tlscodec.session.conversation.Chunk;
import org.tlscodec.session.conversation.Conversation;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.vectors.crypto.KatJson;

/**
 * Scapy's recorded sessions ({@code tlscodec/kat/scapy_tls_sessions.json}, from secdev/scapy's
 * tls.uts, sslv2.uts and notebooks; see /work/shared/vectors/README.md): each record's bytes as a
 * chunk from its sender, in capture order, and the secrets the JSON gives.
 */
final class ScapySessions {
    private static final JsonNode SESSIONS = KatJson.json("scapy_tls_sessions.json").path("sessions");

    private ScapySessions() {
    }

    static JsonNode session(String name) {
        JsonNode s = SESSIONS.path(name);
        if (s.isMissingNode()) {
            throw new AssertionError("no session " + name + " in scapy_tls_sessions.json");
        }
        return s;
    }

    static Vector<JsonNode> records(JsonNode session) {
        return Vector.ofAll(session.path("records"));
    }

    static ConnectionEnd sender(JsonNode record) {
        return record.path("from").asText().equals("client") ? ConnectionEnd.CLIENT : ConnectionEnd.SERVER;
    }

    /** Every record's complete bytes as one chunk from its sender, in the JSON's (capture) order. */
    static Vector<Chunk> chunks(JsonNode session) {
        return records(session).map(r -> new Chunk(sender(r), KatJson.hex(r, "complete_record")));
    }

    /** The session's server RSA private key (PKCS#8 PEM in the JSON). */
    static RSAPrivateKey serverKey(JsonNode session) {
        String pem = session.path("secrets").path("server_rsa_private_key").path("pem").asText();
        return (RSAPrivateKey) Keys.parsePrivateKeyPem(pem).flatMap(k -> Keys.privateKey(k.privateKeyInfo())).get();
    }

    static Dissection dissect(JsonNode session, KnownSecrets known) {
        return Conversation.dissect(chunks(session), known);
    }

    /** The application data the records of {@code sender} carried, joined. */
    static Bytes applicationData(Dissection d, ConnectionEnd sender) {
        return d.records().filter(r -> r.sender() == sender).flatMap(DissectedRecord::contents)
                .filter(c -> c instanceof RecordContent.ApplicationData).map(c -> ((RecordContent.ApplicationData) c).data())
                .foldLeft(Bytes.empty(), Bytes::concat);
    }

    /** The handshake messages (bytes as received, header included) the records carried, in order. */
    static Vector<Bytes> handshakeMessages(Dissection d) {
        return d.records().flatMap(DissectedRecord::contents).filter(c -> c instanceof RecordContent.HandshakeContent)
                .map(c -> ((RecordContent.HandshakeContent) c).bytes());
    }
}
