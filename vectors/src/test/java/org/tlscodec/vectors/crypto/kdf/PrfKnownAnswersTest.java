package org.tlscodec.vectors.crypto.kdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.KeyMaterial;
import org.tlscodec.crypto.kdf.KeySizes;
import org.tlscodec.crypto.kdf.LegacyKeys;
import org.tlscodec.crypto.kdf.Prf;
import org.tlscodec.crypto.kdf.Prfs;

/**
 * The PRFs of SSL 3.0, TLS 1.0/1.1 and TLS 1.2, and the master secrets and key blocks built on
 * them, against the published vectors (IETF TLS list msg03416, GnuTLS, Go, Scapy).
 */
class PrfKnownAnswersTest {

    @TestFactory
    List<DynamicTest> tls12PrfGivesTheIetfListOutputsForSha224To512() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode v : Kat.json("tls12_prf_ietf_tls_msg03416.json").path("vectors")) {
            tests.add(DynamicTest.dynamicTest("TLS 1.2 PRF " + v.path("hash").asText(), () -> checkPrf(new Prf.Tls12(Kat.hash(v.path("hash").asText())), v)));
        }
        assertThat(tests).hasSize(4);
        return tests;
    }

    @TestFactory
    List<DynamicTest> gnutlsPrfVectorsForTls12AndTls10() {
        JsonNode file = Kat.json("gnutls_tls_prf.json");
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (JsonNode v : file.path("tls12_prf_sha256").path("vectors")) {
            tests.add(DynamicTest.dynamicTest("GnuTLS TLS 1.2 SHA-256 PRF #" + ++i, () -> checkPrf(new Prf.Tls12(HashAlgorithm.SHA256), v)));
        }
        i = 0;
        for (JsonNode v : file.path("tls10_prf_md5_sha1").path("vectors")) {
            tests.add(DynamicTest.dynamicTest("GnuTLS TLS 1.0 PRF #" + ++i, () -> checkPrf(new Prf.Tls10(), v)));
        }
        assertThat(tests).hasSize(8);
        return tests;
    }

    @TestFactory
    List<DynamicTest> scapyPHashAndPrfVectors() {
        JsonNode file = Kat.json("scapy_tls_prf.json");
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (JsonNode v : file.path("P_MD5")) {
            tests.add(DynamicTest.dynamicTest("Scapy P_MD5 #" + ++i, () -> assertThat(Kat.right(
                    Prfs.pHash(HashAlgorithm.MD5, Kat.hex(v, "secret"), Kat.hex(v, "seed"), v.path("output_length").asInt())))
                    .isEqualTo(Kat.hex(v, "output"))));
        }
        i = 0;
        for (JsonNode v : file.path("P_SHA1")) {
            tests.add(DynamicTest.dynamicTest("Scapy P_SHA1 #" + ++i, () -> assertThat(Kat.right(
                    Prfs.pHash(HashAlgorithm.SHA1, Kat.hex(v, "secret"), Kat.hex(v, "seed"), v.path("output_length").asInt())))
                    .isEqualTo(Kat.hex(v, "output"))));
        }
        i = 0;
        for (JsonNode v : file.path("TLS10_PRF")) {
            tests.add(DynamicTest.dynamicTest("Scapy TLS 1.0 PRF #" + ++i, () -> checkPrf(new Prf.Tls10(), v)));
        }
        i = 0;
        for (JsonNode v : file.path("SSL3_PRF")) {
            tests.add(DynamicTest.dynamicTest("Scapy SSL 3.0 PRF #" + ++i, () -> assertThat(Kat.right(
                    new Prf.Ssl3().compute(Kat.hex(v, "secret"), "", Kat.hex(v, "seed"), v.path("output_length").asInt())))
                    .isEqualTo(Kat.hex(v, "output"))));
        }
        assertThat(tests).hasSize(28);
        return tests;
    }

    @TestFactory
    List<DynamicTest> scapyMasterSecretsAndKeyBlocksOfSsl3AndTls10() {
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (JsonNode v : Kat.json("scapy_tls_prf.json").path("master_secret_and_key_block")) {
            Prf prf = prfOf(v.path("version").asText());
            String name = "Scapy " + v.path("version").asText() + " " + v.path("function").asText() + " #" + ++i;
            if (v.path("function").asText().equals("master_secret")) {
                tests.add(DynamicTest.dynamicTest(name, () -> assertThat(Kat.right(LegacyKeys.masterSecret(prf,
                        Kat.hex(v, "pre_master_secret"), Kat.hex(v, "client_random"), Kat.hex(v, "server_random"))))
                        .isEqualTo(Kat.hex(v, "master_secret"))));
            } else {
                tests.add(DynamicTest.dynamicTest(name, () -> assertThat(Kat.right(LegacyKeys.keyBlock(prf,
                        Kat.hex(v, "master_secret"), Kat.hex(v, "client_random"), Kat.hex(v, "server_random"), v.path("output_length").asInt())))
                        .isEqualTo(Kat.hex(v, "key_block"))));
            }
        }
        assertThat(tests).hasSize(16);
        return tests;
    }

    @TestFactory
    List<DynamicTest> goMasterSecretAndKeysFromPremasterForTls10AndSsl3() {
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (JsonNode v : Kat.json("golang_tls_key_derivation.json").path("vectors")) {
            tests.add(DynamicTest.dynamicTest("Go " + v.path("version").asText() + " #" + ++i, () -> {
                Prf prf = prfOf(v.path("version").asText());
                Bytes cr = Kat.hex(v, "client_random");
                Bytes sr = Kat.hex(v, "server_random");
                Bytes ms = Kat.right(LegacyKeys.masterSecret(prf, Kat.hex(v, "pre_master_secret"), cr, sr));
                assertThat(ms).isEqualTo(Kat.hex(v, "master_secret"));
                Bytes first72 = Kat.hex(v, "key_block_first_72_bytes");
                assertThat(Kat.right(LegacyKeys.keyBlock(prf, ms, cr, sr, first72.size()))).isEqualTo(first72);
                KeyMaterial keys = Kat.right(LegacyKeys.keyMaterial(prf, ms, cr, sr,
                        new KeySizes(v.path("mac_key_length").asInt(), v.path("key_length").asInt(), 0)));
                assertThat(keys.clientMacKey()).isEqualTo(Kat.hex(v, "client_write_MAC_key"));
                assertThat(keys.serverMacKey()).isEqualTo(Kat.hex(v, "server_write_MAC_key"));
                assertThat(keys.clientKey()).isEqualTo(Kat.hex(v, "client_write_key"));
                assertThat(keys.serverKey()).isEqualTo(Kat.hex(v, "server_write_key"));
            }));
        }
        assertThat(tests).hasSize(4);
        return tests;
    }

    static Prf prfOf(String version) {
        switch (version) {
            case "SSL 3.0":
                return new Prf.Ssl3();
            case "TLS 1.0":
                return new Prf.Tls10();
            default:
                throw new AssertionError("version " + version);
        }
    }

    private static void checkPrf(Prf prf, JsonNode v) {
        String label = v.path("label").asText();
        assertThat(Bytes.utf8(label)).isEqualTo(Kat.hex(v, "label_hex"));
        Bytes out = Kat.right(prf.compute(Kat.hex(v, "secret"), label, Kat.hex(v, "seed"), v.path("output_length").asInt()));
        assertThat(out).isEqualTo(Kat.hex(v, "output"));
    }
}
