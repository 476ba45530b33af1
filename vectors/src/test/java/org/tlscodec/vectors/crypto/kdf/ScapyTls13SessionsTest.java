package org.tlscodec.vectors.crypto.kdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.Tls13;
import org.tlscodec.crypto.kdf.TrafficKeys;
import org.tlscodec.crypto.kdf.Transcript;
import org.tlscodec.crypto.kx.Xdh;
import org.tlscodec.crypto.kx.XdhKeyPair;

/**
 * Scapy's two TLS 1.3 TLS_AES_256_GCM_SHA384 sessions: the whole SHA-384 schedule of the notebook
 * session from its X25519 private keys, and the keys, finished keys and Finished verify_data of
 * the pcap session from the traffic secrets of its NSS key log.
 */
class ScapyTls13SessionsTest {
    private static final HashAlgorithm HASH = HashAlgorithm.SHA384;
    private static final int KEY_LENGTH = 32;
    private static final int IV_LENGTH = 12;
    private static final JsonNode SESSIONS = Kat.json("scapy_tls_sessions.json").path("sessions");

    @Test
    void notebookSessionScheduleIsReplayedFromTheX25519PrivateKeys() {
        JsonNode s = SESSIONS.path("tls13_aes256gcm_sha384_notebook_session");
        JsonNode d = s.path("derived");
        Map<String, Bytes> derived = new HashMap<>();
        XdhKeyPair client = x25519(Kat.hex(d, "client_x25519_private_key"));
        XdhKeyPair server = x25519(Kat.hex(d, "server_x25519_private_key"));
        derived.put("client_x25519_public_key", client.publicKey());
        derived.put("server_x25519_public_key", server.publicKey());
        derived.put("ecdhe_shared_secret", client.sharedSecret(server.publicKey()).getOrElseThrow(e -> new AssertionError(e.message())));
        derived.putAll(Tls13Replay.derive(HASH, KEY_LENGTH, IV_LENGTH, Option.none(), derived.get("ecdhe_shared_secret"),
                Tls13Replay.messages(s.path("handshake_messages"))));
        assertThat(Tls13Replay.compare(d, derived)).isEqualTo(26);
    }

    @Test
    void pcapSessionKeysAndFinishedFollowFromTheKeyLogTrafficSecrets() {
        JsonNode s = SESSIONS.path("tls13_aes256gcm_sha384_pcap_keylog");
        JsonNode secrets = s.path("secrets");
        JsonNode d = s.path("derived");
        Map<String, Bytes> traffic = new HashMap<>();
        for (JsonNode line : secrets.path("key_log_lines")) {
            String[] parts = line.asText().split(" ");
            traffic.put(parts[0], Bytes.fromHex(parts[2]));
        }
        assertThat(traffic.get("CLIENT_HANDSHAKE_TRAFFIC_SECRET")).isEqualTo(Kat.hex(secrets, "client_handshake_traffic_secret"));
        checkKeys(d, "client_handshake", traffic.get("CLIENT_HANDSHAKE_TRAFFIC_SECRET"));
        checkKeys(d, "server_handshake", traffic.get("SERVER_HANDSHAKE_TRAFFIC_SECRET"));
        checkKeys(d, "client_application", traffic.get("CLIENT_TRAFFIC_SECRET_0"));
        checkKeys(d, "server_application", traffic.get("SERVER_TRAFFIC_SECRET_0"));

        LinkedHashMap<String, Bytes> messages = Tls13Replay.messages(s.path("handshake_messages"));
        Vector<Bytes> all = Vector.ofAll(messages.values());
        Vector<String> names = Vector.ofAll(messages.keySet());
        Bytes beforeServerFinished = new Transcript(all.take(names.indexOf("server_Finished"))).hash(HASH);
        Bytes beforeClientFinished = new Transcript(all.take(names.indexOf("client_Finished"))).hash(HASH);
        Bytes serverBase = traffic.get("SERVER_HANDSHAKE_TRAFFIC_SECRET");
        Bytes clientBase = traffic.get("CLIENT_HANDSHAKE_TRAFFIC_SECRET");
        assertThat(Tls13.finishedKey(HASH, serverBase)).isEqualTo(Kat.hex(d, "server_finished_key"));
        assertThat(Tls13.finishedKey(HASH, clientBase)).isEqualTo(Kat.hex(d, "client_finished_key"));
        Bytes serverVerify = Tls13.verifyData(HASH, serverBase, beforeServerFinished);
        Bytes clientVerify = Tls13.verifyData(HASH, clientBase, beforeClientFinished);
        assertThat(serverVerify).isEqualTo(Kat.hex(d, "server_finished_verify_data")).isEqualTo(messages.get("server_Finished").drop(4));
        assertThat(clientVerify).isEqualTo(Kat.hex(d, "client_finished_verify_data")).isEqualTo(messages.get("client_Finished").drop(4));
    }

    private static XdhKeyPair x25519(Bytes privateKey) {
        return Xdh.X25519.keyPair(privateKey).getOrElseThrow(e -> new AssertionError(e.message()));
    }

    private static void checkKeys(JsonNode derived, String prefix, Bytes secret) {
        TrafficKeys keys = Kat.right(Tls13.trafficKeys(HASH, secret, KEY_LENGTH, IV_LENGTH));
        assertThat(keys.key()).as(prefix + " key").isEqualTo(Kat.hex(derived, prefix + "_write_key"));
        assertThat(keys.iv()).as(prefix + " iv").isEqualTo(Kat.hex(derived, prefix + "_write_iv"));
    }
}
