package org.tlscodec.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlscodec.crypto.x509.Certificates;
import org.tlscodec.crypto.x509.Keys;
import org.tlscodec.crypto.x509.ParsedCertificate;

class PkiCommandTest {
    private static final List<String> NAMES = List.of("ca", "server-rsa", "server-ecdsa", "server-ed25519", "client");
    /** Yesterday at midnight UTC: openssl checks validity against the clock. */
    private static final String NOT_BEFORE = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.DAYS).toString();

    @Test
    void theSameSeedAndNotBeforeWriteIdenticalFilesThatOpensslVerifiesAndAnotherSeedDoesNot(@TempDir Path dir)
            throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Path other = dir.resolve("other");

        CliRun run = CliRun.of("pki", "--out", first.toString(), "--seed", "11", "--not-before", NOT_BEFORE);
        CliRun again = CliRun.of("pki", "--out", second.toString(), "--seed", "11", "--not-before", NOT_BEFORE);
        CliRun otherSeed = CliRun.of("pki", "--out", other.toString(), "--seed", "12", "--not-before", NOT_BEFORE);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().map(l -> Path.of(l).getFileName().toString()).toList()).containsExactly(
                "ca.pem", "ca.key", "server-rsa.pem", "server-rsa.key", "server-ecdsa.pem", "server-ecdsa.key",
                "server-ed25519.pem", "server-ed25519.key", "client.pem", "client.key");
        assertThat(again.exit()).isZero();
        assertThat(otherSeed.exit()).isZero();
        for (String name : NAMES) {
            for (String ext : List.of(".pem", ".key")) {
                assertThat(Files.readAllBytes(second.resolve(name + ext))).as(name + ext)
                        .isEqualTo(Files.readAllBytes(first.resolve(name + ext)));
                assertThat(Files.readAllBytes(other.resolve(name + ext))).as(name + ext)
                        .isNotEqualTo(Files.readAllBytes(first.resolve(name + ext)));
            }
        }
        for (String name : NAMES) {
            String out = openssl("verify", "-CAfile", first.resolve("ca.pem").toString(), first.resolve(name + ".pem").toString());
            assertThat(out).isEqualTo(first.resolve(name + ".pem") + ": OK\n");
        }
    }

    @Test
    void theCertificatesHaveTheAskedValidityAndEachKeyMatchesItsCertificate(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("pki", "--out", dir.toString(), "--not-before", "2026-03-01T12:30:45.900Z");

        assertThat(run.exit()).as(run.err()).isZero();
        for (String name : NAMES) {
            ParsedCertificate certificate = Certificates.parsePem(Files.readString(dir.resolve(name + ".pem"))).get().get(0);
            assertThat(certificate.notBefore()).isEqualTo(Instant.parse("2026-03-01T12:30:45Z"));
            assertThat(certificate.notAfter()).isEqualTo(Instant.parse("2027-03-01T12:30:45Z"));
            assertThat(Keys.parsePrivateKeyPem(Files.readString(dir.resolve(name + ".key"))).get().subjectPublicKeyInfo())
                    .as(name).isEqualTo(certificate.publicKey().subjectPublicKeyInfo());
        }
    }

    @Test
    void aNotBeforeThatIsNotAnInstantIsAUsageErrorWithoutAStackTrace(@TempDir Path dir) {
        CliRun run = CliRun.of("pki", "--out", dir.toString(), "--not-before", "yesterday");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("--not-before: expected an ISO-8601 instant such as 2026-01-01T00:00:00Z, not 'yesterday'")
                .doesNotContain("Exception", "\tat ");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aNotBeforeOutsideX509TimeExitsOneWithTheReason(@TempDir Path dir) {
        CliRun run = CliRun.of("pki", "--out", dir.toString(), "--not-before", "1900-01-01T00:00:00Z");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("tlscodec pki: X.509 time covers 1950 to 9999").hasLineCount(1);
    }

    @Test
    void anOutputThatIsAFileExitsOneWithTheReason(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");

        CliRun run = CliRun.of("pki", "--out", file.toString(), "--not-before", "2026-01-01T00:00:00Z");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("tlscodec pki: ").contains(file.toString()).hasLineCount(1);
    }

    @Test
    void outIsRequired() {
        CliRun run = CliRun.of("pki");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--out=DIR'");
    }

    private static String openssl(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
