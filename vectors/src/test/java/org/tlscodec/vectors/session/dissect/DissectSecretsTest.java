package org.tlscodec.vectors.session.dissect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.dissect.CaptureDissection;
import org.tlscodec.session.dissect.Dissect;
import org.tlscodec.session.dissect.DissectError;
import org.tlscodec.session.dissect.DissectSecrets;
import org.tlscodec.session.dissect.RsaKeyPem;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * Secrets as users give them: a key log with a bad line still decrypts with its good lines and
 * names the bad line (never its text); a PEM without an RSA key is a problem naming what it held;
 * two key logs add up; no secret is ever printed.
 */
class DissectSecretsTest {

    @Test
    void aKeyLogWithABadLineStillDecryptsWithItsGoodLinesAndTheBadLineIsAnErrorByNumberOnly() {
        String c = "tls13_aes128gcm";
        String log = "# written by a test\nCLIENT_RANDOM zz-not-hex deadbeefcafe\n" + ExpectedCaptures.keyLog(c);
        CaptureDissection d = Dissect.capture(ExpectedCaptures.pcap(c), DissectSecrets.keyLog(log));

        assertThat(d.errors()).hasSize(1);
        assertThat(d.errors().head()).isInstanceOf(DissectError.Secret.class);
        assertThat(d.errors().head().message()).startsWith("key log: line 2: ").doesNotContain("deadbeefcafe");
        ExpectedCaptures.matchesTshark(c, 0, d.connections().get(0));
    }

    @Test
    void twoKeyLogsAddUpSoTwoCapturesSecretsDecryptEither() {
        DissectSecrets both = DissectSecrets.keyLog(ExpectedCaptures.keyLog("tls13_chacha20"))
                .withKeyLog(ExpectedCaptures.keyLog("tls12_dhe_rsa_aes256_sha256"));

        ExpectedCaptures.matchesTshark("tls13_chacha20", 0, Dissect.capture(ExpectedCaptures.pcap("tls13_chacha20"), both).connections().get(0));
        ExpectedCaptures.matchesTshark("tls12_dhe_rsa_aes256_sha256", 0,
                Dissect.capture(ExpectedCaptures.pcap("tls12_dhe_rsa_aes256_sha256"), both).connections().get(0));
    }

    @Test
    void aPemWithoutAPrivateKeyIsAProblemNamingTheBlocksItHeld() {
        DissectSecrets s = DissectSecrets.none().withRsaKeyPem(ExpectedCaptures.text("pki/server-rsa.pem"));

        assertThat(s.given()).isFalse();
        assertThat(s.problems()).hasSize(1);
        assertThat(s.problems().head().message()).isEqualTo("RSA private key: no PRIVATE KEY or RSA PRIVATE KEY block; found CERTIFICATE");
        assertThat(RsaKeyPem.read("not PEM at all").getLeft().message()).startsWith("RSA private key: ");
    }

    @Test
    void anEcdsaKeyIsNotTakenForTheServersRsaKey() {
        assertThat(RsaKeyPem.read(ExpectedCaptures.text("pki/server-ecdsa.key")).getLeft().message())
                .isEqualTo("RSA private key: the key is ECDSA, not RSA (only a static-RSA server key opens a ClientKeyExchange)");
    }

    @Test
    void aProblemWithTheGivenSecretsIsAnErrorOfTheCaptureAndTheDissectionStillComes() {
        CaptureDissection d = Dissect.capture(ExpectedCaptures.pcap("tls12_rsa_aes128_sha"),
                DissectSecrets.none().withRsaKeyPem("-----BEGIN RSA PRIVATE KEY-----\nAQID\n-----END RSA PRIVATE KEY-----\n"));

        assertThat(d.errors()).hasSize(1);
        assertThat(d.errors().head().message()).startsWith("RSA private key: the RSA PRIVATE KEY block is not a PKCS#1 RSAPrivateKey");
        assertThat(d.connections().get(0).records()).hasSize(16);
    }

    @Test
    void secretsAreNeverPrinted() {
        String keyLog = ExpectedCaptures.keyLog("tls13_aes128gcm");
        String secret = keyLog.lines().findFirst().get().split(" ")[2];
        DissectSecrets s = DissectSecrets.keyLog(keyLog)
                .withRsaKeyPem(ExpectedCaptures.text("pki/server-rsa.key"))
                .withMasterSecret(Bytes.fromHex("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"))
                .withEphemeralKey(ConnectionEnd.CLIENT, NamedGroup.X25519, Bytes.fromHex("fedcba9876543210fedcba9876543210"));

        assertThat(s.given()).isTrue();
        assertThat(s.toString()).doesNotContain(secret).doesNotContain("0123456789abcdef").doesNotContain("fedcba9876543210")
                .contains("a master secret", "the server's RSA key");
    }
}
