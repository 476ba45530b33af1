package org.tlscodec.crypto.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlscodec.crypto.x509.ChainVerification;
import org.tlscodec.crypto.x509.ChainVerifier;
import org.tlscodec.crypto.x509.Keys;
import org.tlscodec.crypto.x509.KeyUsage;
import org.tlscodec.crypto.x509.ParsedCertificate;
import org.tlscodec.crypto.x509.Purpose;
import org.tlscodec.crypto.x509.SubjectAltName;

class TestPkiGeneratorTest {
    private static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00.750Z");
    private static final Duration VALIDITY = Duration.ofDays(365);
    private static TestPki pki;

    @BeforeAll
    static void generate() {
        pki = TestPkiGenerator.generate(TestPkiGenerator.seed(42), NOT_BEFORE, VALIDITY).get();
    }

    @Test
    void everyLeafVerifiesAgainstTheCaForItsPurposeInsideItsValidity() {
        Instant inside = NOT_BEFORE.plus(Duration.ofDays(100));
        for (Tuple2<String, IssuedCertificate> leaf : pki.leaves()) {
            Purpose purpose = leaf._1.equals("client") ? Purpose.TLS_CLIENT : Purpose.TLS_SERVER;
            ChainVerification v = ChainVerifier.verify(Vector.of(leaf._2.certificate()), Vector.of(pki.ca().certificate()), inside, purpose);
            assertThat(v.problems()).as(leaf._1).isEmpty();
            assertThat(v.path()).hasSize(2);
        }
    }

    @Test
    void aLeafUsedForTheOtherSideOrOutsideItsValidityIsRejected() {
        ParsedCertificate server = pki.serverEcdsa().certificate();
        Vector<ParsedCertificate> anchors = Vector.of(pki.ca().certificate());

        assertThat(ChainVerifier.verify(Vector.of(server), anchors, NOT_BEFORE.plus(Duration.ofDays(1)), Purpose.TLS_CLIENT).valid()).isFalse();
        assertThat(ChainVerifier.verify(Vector.of(server), anchors, NOT_BEFORE.minusSeconds(5), Purpose.TLS_SERVER).valid()).isFalse();
        assertThat(ChainVerifier.verify(Vector.of(server), anchors, NOT_BEFORE.plus(VALIDITY).plusSeconds(5), Purpose.TLS_SERVER).valid()).isFalse();
    }

    @Test
    void theCertificatesHaveTheAskedKeysNamesAndValidity() {
        assertThat(pki.ca().certificate().publicKey().algorithm()).isEqualTo("RSA");
        assertThat(pki.ca().certificate().publicKey().keySize()).contains(2048);
        assertThat(pki.serverRsa().certificate().publicKey().keySize()).contains(2048);
        assertThat(pki.serverEcdsa().certificate().publicKey().curve()).contains("secp256r1");
        assertThat(pki.serverEd25519().certificate().publicKey().algorithm()).isEqualTo("Ed25519");
        assertThat(pki.client().certificate().subject()).isEqualTo(TestPkiGenerator.CLIENT_NAME);
        assertThat(pki.ca().certificate().extensions().keyUsage().get()).contains(KeyUsage.KEY_CERT_SIGN);
        assertThat(pki.serverRsa().certificate().extensions().subjectAltNames())
                .containsExactly(SubjectAltName.dns("localhost"), SubjectAltName.ip("127.0.0.1"));
        for (Tuple2<String, IssuedCertificate> c : pki.all()) {
            assertThat(c._2.certificate().notBefore()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
            assertThat(c._2.certificate().notAfter()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
            assertThat(c._2.certificate().issuer()).isEqualTo(TestPkiGenerator.CA_NAME);
            assertThat(c._2.certificate().extensions().authorityKeyId()).isEqualTo(pki.ca().certificate().extensions().subjectKeyId());
        }
    }

    @Test
    void theSameSeedGivesTheSameKeysAndCertificatesAndAnotherSeedDoesNot() {
        TestPki again = TestPkiGenerator.generate(TestPkiGenerator.seed(42), NOT_BEFORE, VALIDITY).get();
        TestPki other = TestPkiGenerator.generate(TestPkiGenerator.seed(43), NOT_BEFORE, VALIDITY).get();

        assertThat(again).isEqualTo(pki);
        for (int i = 0; i < pki.all().size(); i++) {
            assertThat(again.all().get(i)._2.key().privateKeyInfo()).isEqualTo(pki.all().get(i)._2.key().privateKeyInfo());
            assertThat(again.all().get(i)._2.certificate().der()).isEqualTo(pki.all().get(i)._2.certificate().der());
            assertThat(other.all().get(i)._2.key().privateKeyInfo()).isNotEqualTo(pki.all().get(i)._2.key().privateKeyInfo());
        }
    }

    @Test
    void eachPrivateKeyMatchesItsCertificate() {
        for (Tuple2<String, IssuedCertificate> c : pki.all()) {
            assertThat(Keys.parsePrivateKeyPem(c._2.keyPem()).get().subjectPublicKeyInfo())
                    .as(c._1).isEqualTo(c._2.certificate().publicKey().subjectPublicKeyInfo());
        }
    }

    @Test
    void aNonPositiveValidityIsAnError() {
        assertThat(TestPkiGenerator.generate(TestPkiGenerator.seed(1), NOT_BEFORE, Duration.ZERO).getLeft())
                .isInstanceOf(PkiError.BadValidity.class);
    }

    @Test
    void writingGivesTheTenPemFiles(@TempDir Path dir) throws Exception {
        Vector<Path> written = TestPkiFiles.write(pki, dir.resolve("out")).get();

        assertThat(written.map(p -> p.getFileName().toString())).containsExactly("ca.pem", "ca.key", "server-rsa.pem", "server-rsa.key",
                "server-ecdsa.pem", "server-ecdsa.key", "server-ed25519.pem", "server-ed25519.key", "client.pem", "client.key");
        assertThat(Files.readString(dir.resolve("out/ca.pem"))).isEqualTo(pki.ca().certificatePem()).startsWith("-----BEGIN CERTIFICATE-----\n");
        assertThat(Files.readString(dir.resolve("out/client.key"))).startsWith("-----BEGIN PRIVATE KEY-----\n");
    }

    @Test
    void writingIntoAPathThatIsAFileIsAnError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");

        assertThat(TestPkiFiles.write(pki, file).getLeft()).isInstanceOf(PkiError.Io.class);
    }

    @Test
    void opensslVerifyAcceptsEveryGeneratedCertificate(@TempDir Path dir) throws Exception {
        assumeTrue(opensslPresent(), "openssl is not installed");
        // openssl checks validity against the clock: make the PKI valid now.
        TestPki current = TestPkiGenerator.generate(TestPkiGenerator.seed(7), Instant.now().minus(Duration.ofDays(1)), VALIDITY).get();
        TestPkiFiles.write(current, dir).get();
        for (String name : Vector.of("ca", "server-rsa", "server-ecdsa", "server-ed25519", "client")) {
            Process p = new ProcessBuilder("openssl", "verify", "-CAfile", dir.resolve("ca.pem").toString(),
                    dir.resolve(name + ".pem").toString()).redirectErrorStream(true).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(name + ": " + out).isZero();
            assertThat(out).contains(name + ".pem: OK");
        }
    }

    private static boolean opensslPresent() {
        String path = System.getenv("PATH");
        return path != null && Vector.of(path.split(File.pathSeparator)).exists(d -> Files.isExecutable(Path.of(d, "openssl")));
    }
}
