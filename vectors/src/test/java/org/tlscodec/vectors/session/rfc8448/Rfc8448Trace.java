package org.tlscodec.vectors.session.rfc8448;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.conversation.Chunk;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.tls.registry.NamedGroup;
import org.tlscodec.vectors.crypto.KatJson;

/**
 * A section of RFC 8448 as bundled in {@code kat/rfc8448_tls13_traces.json} (its SOURCES.md names
 * the RFC): the records in wire order with their sender, payload and inner type, and each side's
 * ephemeral private keys.
 */
record Rfc8448Trace(String section, JsonNode node) {

    static final Vector<String> SECTIONS = Vector.of("section_3_simple_1_rtt_handshake", "section_4_resumed_0_rtt_handshake",
            "section_5_helloretryrequest", "section_6_client_authentication", "section_7_compatibility_mode");

    static Rfc8448Trace of(String section) {
        return new Rfc8448Trace(section, KatJson.json("rfc8448_tls13_traces.json").get(section));
    }

    Vector<JsonNode> records() {
        return Vector.ofAll(node.get("records"));
    }

    static ConnectionEnd sender(JsonNode record) {
        return record.get("from").asText().equals("client") ? ConnectionEnd.CLIENT : ConnectionEnd.SERVER;
    }

    /** One chunk per record, as sent. */
    Vector<Chunk> chunks() {
        return records().map(r -> new Chunk(sender(r), KatJson.hex(r, "complete_record")));
    }

    /** The ephemeral private keys {@code owner} used (RFC 8448 prints them): x25519, and P-256 in section 5. */
    KnownSecrets ephemeralKeys(ConnectionEnd owner, KnownSecrets base) {
        String who = owner == ConnectionEnd.CLIENT ? "client" : "server";
        JsonNode secrets = node.get("secrets");
        KnownSecrets k = base;
        if (secrets.has(who + "_x25519_private_key")) {
            k = k.withEphemeralKey(owner, NamedGroup.X25519, KatJson.hex(secrets, who + "_x25519_private_key"));
        }
        if (secrets.has(who + "_P-256_private_key")) {
            k = k.withEphemeralKey(owner, NamedGroup.SECP256R1, KatJson.hex(secrets, who + "_P-256_private_key"));
        }
        return k;
    }

    Bytes secret(String name) {
        return KatJson.hex(node.get("secrets"), name);
    }

    Bytes message(String name) {
        return KatJson.hex(node.get("handshake_messages"), name);
    }
}
