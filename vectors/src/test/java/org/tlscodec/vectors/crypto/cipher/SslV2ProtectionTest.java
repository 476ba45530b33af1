package org.tlscodec.vectors.crypto.cipher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.CipherError;
import org.tlscodec.crypto.cipher.SslV2Protection;
import org.tlscodec.crypto.kdf.SslV2Keys;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.record.SSLv2Record;
import org.tlscodec.tls.registry.SslV2CipherKind;
import org.tlscodec.vectors.crypto.KatJson;

/**
 * SSL 2.0 record protection on Scapy's recorded EXP-RC4-MD5 session (sslv2.uts, "Read a vulnerable
 * SSLv2 session"): keys from the master key Scapy recovered with the server key, every encrypted
 * record of both directions opened with its sequence number, MAC and plaintext as Scapy asserts,
 * and sealed again to the same bytes.
 */
class SslV2ProtectionTest {
    private static final JsonNode SESSION = KatJson.json("scapy_tls_sessions.json").path("sessions")
            .path("sslv2_exp_rc4_128_md5_compromised_server_key");
    private static final CipherSuiteInfo KIND = CipherSuiteInfo.of(SslV2CipherKind.of(0x020080)).get();

    private static SslV2Keys.SessionKeys keys() {
        JsonNode d = SESSION.path("derived");
        return SslV2Keys.sessionKeys(KatJson.hex(d, "master_key"), KatJson.hex(d, "challenge"), KatJson.hex(d, "connection_id"), 16);
    }

    private static Vector<JsonNode> encrypted(String from) {
        Vector<JsonNode> out = Vector.empty();
        for (JsonNode r : SESSION.path("records")) {
            if (r.path("from").asText().equals(from) && r.has("mac")) {
                out = out.append(r);
            }
        }
        return out;
    }

    private static SSLv2Record record(JsonNode r) {
        return SSLv2Record.CODEC.decode(KatJson.hex(r, "complete_record")).get();
    }

    @Test
    void everyEncryptedRecordOfBothDirectionsOpensWithScapysMacAndPlaintext() {
        SslV2Keys.SessionKeys k = keys();
        int opened = 0;
        for (String from : new String[] {"client", "server"}) {
            Bytes writeKey = from.equals("client") ? k.clientWriteKey() : k.serverWriteKey();
            SslV2Protection p = SslV2Protection.of(KIND, writeKey, Bytes.empty()).get();
            for (JsonNode r : encrypted(from)) {
                SSLv2Record rec = record(r);
                SslV2Protection.Opened o = p.open(r.path("sequence_number").asLong(), rec.data(), rec.padding()).get();
                assertThat(o.mac()).as(from + " seq " + r.path("sequence_number")).isEqualTo(KatJson.hex(r, "mac"));
                assertThat(o.actualData()).isEqualTo(KatJson.hex(r, "plaintext"));
                p = o.next();
                opened++;
            }
        }
        assertThat(opened).isEqualTo(7); // client: CLIENT-FINISHED, CLIENT-CERTIFICATE, two data records; server: SERVER-VERIFY, REQUEST-CERTIFICATE, SERVER-FINISHED
    }

    @Test
    void sealingScapysPlaintextsAgainGivesTheRecordedBytes() {
        SslV2Keys.SessionKeys k = keys();
        SslV2Protection p = SslV2Protection.of(KIND, k.serverWriteKey(), Bytes.empty()).get();
        for (JsonNode r : encrypted("server")) {
            SslV2Protection.Sealed s = p.seal(r.path("sequence_number").asLong(), KatJson.hex(r, "plaintext")).get();
            assertThat(s.data()).isEqualTo(record(r).data());
            assertThat(s.padding()).isZero();
            p = s.next();
        }
    }

    @Test
    void aWrongSequenceNumberOrAFlippedByteIsBadRecordMac() {
        SslV2Keys.SessionKeys k = keys();
        JsonNode first = encrypted("client").get(0);
        SSLv2Record rec = record(first);
        long seq = first.path("sequence_number").asLong();
        assertThat(SslV2Protection.of(KIND, k.clientWriteKey(), Bytes.empty()).get().open(seq + 1, rec.data(), 0).getLeft())
                .isInstanceOf(CipherError.BadRecordMac.class);
        byte[] flipped = rec.data().toArray();
        flipped[flipped.length - 1] ^= 1;
        assertThat(SslV2Protection.of(KIND, k.clientWriteKey(), Bytes.empty()).get().open(seq, Bytes.of(flipped), 0).getLeft())
                .isInstanceOf(CipherError.BadRecordMac.class);
    }

    @Test
    void anRc4StateUsedTwiceIsRefusedNotWrong() {
        SslV2Keys.SessionKeys k = keys();
        JsonNode first = encrypted("client").get(0);
        SSLv2Record rec = record(first);
        SslV2Protection p = SslV2Protection.of(KIND, k.clientWriteKey(), Bytes.empty()).get();
        assertThat(p.open(first.path("sequence_number").asLong(), rec.data(), 0).isRight()).isTrue();
        assertThat(p.open(first.path("sequence_number").asLong(), rec.data(), 0).getLeft()).isInstanceOf(CipherError.StaleState.class);
    }

    @Test
    void blockKindsPadToTheBlockAndChainTheirIvAcrossRecords() {
        CipherSuiteInfo des3 = CipherSuiteInfo.of(SslV2CipherKind.of(0x0700c0)).get();
        Bytes key = Bytes.fromHex("000102030405060708090a0b0c0d0e0f1011121314151617");
        Bytes keyArg = Bytes.fromHex("a0a1a2a3a4a5a6a7");
        SslV2Protection sender = SslV2Protection.of(des3, key, keyArg).get();
        SslV2Protection receiver = SslV2Protection.of(des3, key, keyArg).get();
        for (int i = 0; i < 5; i++) {
            Bytes data = Bytes.of(new byte[3 + 7 * i]);
            SslV2Protection.Sealed s = sender.seal(2 + i, data).get();
            assertThat((16 + data.size() + s.padding()) % 8).isZero();
            assertThat(s.data().size()).isEqualTo(16 + data.size() + s.padding());
            SslV2Protection.Opened o = receiver.open(2 + i, s.data(), s.padding()).get();
            assertThat(o.actualData()).isEqualTo(data);
            sender = s.next();
            receiver = o.next();
        }
        assertThat(SslV2Protection.of(des3, key, Bytes.fromHex("a0a1")).getLeft()).isInstanceOf(CipherError.BadKeys.class);
    }
}
