package org.tlscodec.vectors.crypto.kdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.Tls13;
import org.tlscodec.crypto.kdf.Tls13KeySchedule;
import org.tlscodec.crypto.kdf.TrafficKeys;
import org.tlscodec.crypto.kdf.Transcript;

/**
 * Replays a TLS 1.3 handshake's key schedule from its inputs (hash, PSK, shared secret, handshake
 * messages) into the names the trace files use for each value, so a test can compare every value
 * a trace prints.
 */
final class Tls13Replay {
    /** Inputs and values that are not key derivation (payloads, private keys, P-256 public points). */
    static final Set<String> NOT_DERIVED = Set.of(
            "client_x25519_private_key", "server_x25519_private_key", "client_P-256_private_key", "server_P-256_private_key",
            "client_P-256_public_key", "server_P-256_public_key", "ticket_nonce",
            "client_application_data_payloads", "server_application_data_payloads");

    private Tls13Replay() {
    }

    /** The handshake messages of a trace's {@code handshake_messages} object, in order, post-handshake messages left out. */
    static LinkedHashMap<String, Bytes> messages(JsonNode handshakeMessages) {
        LinkedHashMap<String, Bytes> out = new LinkedHashMap<>();
        handshakeMessages.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("NewSessionTicket")) {
                out.put(e.getKey(), Bytes.fromHex(e.getValue().asText()));
            }
        });
        return out;
    }

    /** The transcript of {@code messages}, with ClientHello1 rewritten as message_hash after a HelloRetryRequest. */
    static Transcript transcript(HashAlgorithm hash, LinkedHashMap<String, Bytes> messages) {
        Transcript t = Transcript.empty();
        for (Map.Entry<String, Bytes> m : messages.entrySet()) {
            t = t.append(m.getValue());
            if (m.getKey().equals("HelloRetryRequest")) {
                Bytes hrr = m.getValue();
                t = Kat.right(new Transcript(t.messages().dropRight(1)).rewriteForHelloRetryRequest(hash)).append(hrr);
            }
        }
        return t;
    }

    /** Every value the schedule gives, under the trace's names. */
    static Map<String, Bytes> derive(HashAlgorithm hash, int keyLength, int ivLength, Option<Bytes> psk, Bytes sharedSecret,
                                     LinkedHashMap<String, Bytes> messages) {
        List<String> names = new ArrayList<>(messages.keySet());
        Transcript transcript = transcript(hash, messages);
        int clientHello = Math.max(names.indexOf("ClientHello"), names.indexOf("ClientHello_2"));
        int serverHello = names.indexOf("ServerHello");
        int serverFinished = names.indexOf("server_Finished");
        int clientFinished = names.indexOf("client_Finished");
        assertThat(List.of(clientHello, serverHello, serverFinished, clientFinished)).doesNotContain(-1);
        Tls13KeySchedule ks = Tls13KeySchedule.derive(hash, psk, Option.some(sharedSecret),
                Tls13KeySchedule.TranscriptHashes.of(hash, transcript, clientHello, serverHello, serverFinished, clientFinished));

        Map<String, Bytes> out = new LinkedHashMap<>();
        out.put("early_secret", ks.early().secret());
        out.put("derived_secret_for_handshake", ks.early().derivedSecret());
        out.put("handshake_secret", ks.handshake().secret());
        out.put("client_handshake_traffic_secret", ks.clientHandshakeTrafficSecret());
        out.put("server_handshake_traffic_secret", ks.serverHandshakeTrafficSecret());
        out.put("derived_secret_for_master", ks.handshake().derivedSecret());
        out.put("master_secret", ks.master().secret());
        out.put("client_application_traffic_secret_0", ks.clientApplicationTrafficSecret0());
        out.put("server_application_traffic_secret_0", ks.serverApplicationTrafficSecret0());
        out.put("exporter_master_secret", ks.exporterMasterSecret());
        out.put("resumption_master_secret", ks.resumptionMasterSecret());
        putKeys(out, "client_handshake", hash, ks.clientHandshakeTrafficSecret(), keyLength, ivLength);
        putKeys(out, "server_handshake", hash, ks.serverHandshakeTrafficSecret(), keyLength, ivLength);
        putKeys(out, "client_application", hash, ks.clientApplicationTrafficSecret0(), keyLength, ivLength);
        putKeys(out, "server_application", hash, ks.serverApplicationTrafficSecret0(), keyLength, ivLength);
        out.put("server_finished_key", Tls13.finishedKey(hash, ks.serverHandshakeTrafficSecret()));
        out.put("client_finished_key", Tls13.finishedKey(hash, ks.clientHandshakeTrafficSecret()));
        out.put("server_finished_verify_data", Tls13.verifyData(hash, ks.serverHandshakeTrafficSecret(),
                hash.digestAll(transcript.messages().take(serverFinished))));
        out.put("client_finished_verify_data", Tls13.verifyData(hash, ks.clientHandshakeTrafficSecret(),
                hash.digestAll(transcript.messages().take(clientFinished))));
        if (psk.isDefined()) {
            Bytes binderKey = ks.early().resumptionBinderKey();
            out.put("binder_key", binderKey);
            out.put("client_early_traffic_secret", ks.clientEarlyTrafficSecret());
            out.put("early_exporter_master_secret", ks.earlyExporterMasterSecret());
            putKeys(out, "client_early", hash, ks.clientEarlyTrafficSecret(), keyLength, ivLength);
            // The binders list closes the ClientHello (pre_shared_key is the last extension): one
            // binder is its uint16 list length, its uint8 length and HashLen bytes; the binder hash
            // covers the ClientHello up to there, length fields included (RFC 8446 section 4.2.11.2).
            Bytes clientHelloBytes = messages.get(names.get(clientHello));
            Bytes prefix = clientHelloBytes.take(clientHelloBytes.size() - (2 + 1 + hash.length()));
            Bytes binderHash = hash.digest(prefix);
            out.put("binder_hash", binderHash);
            out.put("binder_finished_key", Tls13.finishedKey(hash, binderKey));
            Bytes binder = Tls13.pskBinder(hash, binderKey, binderHash);
            out.put("psk_binder", binder);
            assertThat(clientHelloBytes.drop(clientHelloBytes.size() - hash.length())).as("binder in the ClientHello").isEqualTo(binder);
        }
        if (names.contains("HelloRetryRequest")) {
            out.put("message_hash_of_ClientHello1", transcript.messages().head());
        }
        // The Finished messages carry the verify_data the schedule gives.
        assertThat(messages.get("server_Finished").drop(4)).isEqualTo(out.get("server_finished_verify_data"));
        assertThat(messages.get("client_Finished").drop(4)).isEqualTo(out.get("client_finished_verify_data"));
        return out;
    }

    private static void putKeys(Map<String, Bytes> out, String prefix, HashAlgorithm hash, Bytes secret, int keyLength, int ivLength) {
        TrafficKeys keys = Kat.right(Tls13.trafficKeys(hash, secret, keyLength, ivLength));
        out.put(prefix + "_write_key", keys.key());
        out.put(prefix + "_write_iv", keys.iv());
    }

    /**
     * Compares every value of {@code expected} (a trace's secrets) with {@code derived}; a value the
     * replay does not give fails unless it is an input. Answers the number of values compared.
     */
    static int compare(JsonNode expected, Map<String, Bytes> derived) {
        int[] compared = {0};
        expected.fields().forEachRemaining(e -> {
            if (NOT_DERIVED.contains(e.getKey())) {
                return;
            }
            assertThat(derived).as("replay gives %s", e.getKey()).containsKey(e.getKey());
            assertThat(derived.get(e.getKey())).as(e.getKey()).isEqualTo(Bytes.fromHex(e.getValue().asText()));
            compared[0]++;
        });
        return compared[0];
    }

}
