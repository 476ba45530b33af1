package org.tlscodec.vectors.crypto.kdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.KeyMaterial;
import org.tlscodec.crypto.kdf.KeySizes;
import org.tlscodec.crypto.kdf.LegacyKeys;
import org.tlscodec.crypto.kdf.Prf;
import org.tlscodec.crypto.kdf.Sender;
import org.tlscodec.crypto.kdf.SslV2Keys;
import org.tlscodec.crypto.kdf.VerifyData;

/**
 * Scapy's TLS 1.0 and 1.2 sessions with secrets: the master secret (classic from the premaster, or
 * extended with the session hash of RFC 7627), the key block cut by the suite's sizes, and both
 * Finished verify_data recomputed over the handshake transcript read from the records, byte for
 * byte; and the SSL 2.0 session's key material.
 */
class ScapyLegacySessionsTest {
    private static final int RECORD_HEADER = 5;
    private static final int HANDSHAKE_HEADER = 4;

    /** Key block sizes (MAC key, key, fixed IV) of the suites these sessions use (RFC 5246 appendix C, RFC 5288). */
    private static final Map<String, KeySizes> SIZES = Map.of(
            "0x002f", new KeySizes(20, 16, 16),   // AES_128_CBC_SHA in TLS 1.0: implicit IV
            "0x009d", new KeySizes(0, 32, 4),     // AES_256_GCM_SHA384: 4-byte salt
            "0x0005", new KeySizes(20, 16, 0),    // RC4_128_SHA
            "0x003d", new KeySizes(32, 32, 0),    // AES_256_CBC_SHA256 in TLS 1.2: explicit IV
            "0xc030", new KeySizes(0, 32, 4),
            "0xc02f", new KeySizes(0, 16, 4));

    @TestFactory
    List<DynamicTest> everyTls10And12SessionWithSecretsDerivesItsMasterSecretKeysAndFinished() {
        JsonNode sessions = Kat.json("scapy_tls_sessions.json").path("sessions");
        List<DynamicTest> tests = new ArrayList<>();
        sessions.fields().forEachRemaining(e -> {
            JsonNode derived = e.getValue().path("derived");
            if (derived.has("master_secret") && derived.has("key_block")) {
                tests.add(DynamicTest.dynamicTest(e.getKey(), () -> checkSession(e.getValue())));
            }
        });
        // TLS 1.0 RSA, three TLS 1.2 EMS sessions (RSA), the TLS 1.2 EMS key-log pcap, the TCP-fragmented key-log pcap.
        assertThat(tests).hasSize(6);
        return tests;
    }

    @Test
    void sslV2SessionKeysAreTheMd5KeyMaterialOfTheMasterKeyChallengeAndConnectionId() {
        JsonNode d = Kat.json("scapy_tls_sessions.json").path("sessions").path("sslv2_exp_rc4_128_md5_compromised_server_key").path("derived");
        Bytes masterKey = Kat.hex(d, "clear_key").concat(Kat.hex(d, "decrypted_secret_key"));
        assertThat(masterKey).isEqualTo(Kat.hex(d, "master_key"));
        SslV2Keys.SessionKeys keys = SslV2Keys.sessionKeys(masterKey, Kat.hex(d, "challenge"), Kat.hex(d, "connection_id"), 16);
        assertThat(keys.clientReadKey()).isEqualTo(Kat.hex(d, "key_material_0")).isEqualTo(Kat.hex(d, "client_read_key_server_write_key"));
        assertThat(keys.clientWriteKey()).isEqualTo(Kat.hex(d, "key_material_1")).isEqualTo(Kat.hex(d, "client_write_key_server_read_key"));
        assertThat(keys.serverWriteKey()).isEqualTo(keys.clientReadKey());
    }

    private static void checkSession(JsonNode session) {
        JsonNode d = session.path("derived");
        String suite = d.path("cipher_suite").asText();
        Prf prf = d.path("version").asText().equals("0x0303")
                ? new Prf.Tls12(suite.endsWith("SHA384") ? HashAlgorithm.SHA384 : HashAlgorithm.SHA256)
                : new Prf.Tls10();
        Bytes cr = Kat.hex(d, "client_random");
        Bytes sr = Kat.hex(d, "server_random");

        Bytes transcript = Bytes.empty();
        int finishedChecked = 0;
        Bytes masterSecret = Kat.hex(d, "master_secret");
        boolean premasterChecked = false;
        for (JsonNode r : session.path("records")) {
            if (!r.path("content_type").asText().equals("handshake")) {
                continue;
            }
            boolean encrypted = r.has("plaintext");
            Bytes fragment = encrypted ? Kat.hex(r, "plaintext") : Kat.hex(r, "complete_record").drop(RECORD_HEADER);
            if (encrypted && r.path("handshake_messages").toString().contains("Finished")) {
                Sender sender = r.path("from").asText().equals("client") ? Sender.CLIENT : Sender.SERVER;
                Bytes verifyData = Kat.right(VerifyData.tls(prf, masterSecret, transcript, sender));
                assertThat(fragment.drop(HANDSHAKE_HEADER)).as("%s Finished", sender).isEqualTo(verifyData);
                String expected = (sender == Sender.CLIENT ? "client" : "server") + "_verify_data";
                if (d.has(expected)) {
                    assertThat(verifyData).isEqualTo(Kat.hex(d, expected));
                }
                finishedChecked++;
            }
            transcript = transcript.concat(fragment);
            if (r.path("handshake_messages").toString().contains("ClientKeyExchange") && d.has("pre_master_secret")) {
                Bytes pms = Kat.hex(d, "pre_master_secret");
                Bytes derivedMaster;
                if (d.path("extended_master_secret").asBoolean()) {
                    Bytes sessionHash = LegacyKeys.sessionHash(prf, transcript);
                    if (d.has("session_hash")) {
                        assertThat(sessionHash).isEqualTo(Kat.hex(d, "session_hash"));
                    }
                    derivedMaster = Kat.right(LegacyKeys.extendedMasterSecret(prf, pms, sessionHash));
                } else {
                    derivedMaster = Kat.right(LegacyKeys.masterSecret(prf, pms, cr, sr));
                }
                assertThat(derivedMaster).isEqualTo(masterSecret);
                premasterChecked = true;
            }
        }
        assertThat(finishedChecked).isPositive();
        assertThat(premasterChecked).isEqualTo(d.has("pre_master_secret"));

        KeySizes sizes = SIZES.get(suite.substring(0, 6));
        Bytes keyBlock = Kat.hex(d, "key_block");
        assertThat(Kat.right(LegacyKeys.keyBlock(prf, masterSecret, cr, sr, keyBlock.size()))).isEqualTo(keyBlock);
        KeyMaterial keys = Kat.right(LegacyKeys.keyMaterial(prf, masterSecret, cr, sr, sizes));
        assertThat(keys.clientKey()).isEqualTo(Kat.hex(d, "client_write_key"));
        assertThat(keys.serverKey()).isEqualTo(Kat.hex(d, "server_write_key"));
        if (sizes.macKeyLength() > 0) {
            assertThat(keys.clientMacKey()).isEqualTo(Kat.hex(d, "client_write_MAC_key"));
            assertThat(keys.serverMacKey()).isEqualTo(Kat.hex(d, "server_write_MAC_key"));
        }
        if (sizes.fixedIvLength() > 0) {
            assertThat(keys.clientIv()).isEqualTo(Kat.hex(d, "client_write_IV"));
            assertThat(keys.serverIv()).isEqualTo(Kat.hex(d, "server_write_IV"));
        }
    }
}
