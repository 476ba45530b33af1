package org.tlscodec.examples.cli;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tlscodec.crypto.pki.PkiError;
import org.tlscodec.crypto.pki.TestPkiFiles;
import org.tlscodec.crypto.pki.TestPkiGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tlscodec pki}: writes the test PKI of {@link TestPkiGenerator} (a CA, RSA, ECDSA and
 * Ed25519 servers for localhost, and a client) with {@link TestPkiFiles}, deterministic from the
 * seed and the start of validity.
 */
@Command(
        name = "pki",
        mixinStandardHelpOptions = true,
        description = {
                "Write a test PKI into DIR: ca.pem/.key (RSA-2048 root), server-rsa, server-ecdsa (P-256) and "
                        + "server-ed25519 (for localhost and 127.0.0.1, serverAuth) and client (clientAuth), each "
                        + "certificate as PEM and its private key as PKCS#8 PEM. Valid for "
                        + PkiCommand.VALIDITY_DAYS + " days.",
                "The same --seed and --not-before give the same files, byte for byte. For test material only: "
                        + "the keys follow from the seed."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:the files were written (their paths are printed)",
                "1:the PKI could not be made or written (the reason is printed)",
                "2:usage error, e.g. --not-before that is not an ISO-8601 instant",
                "3:internal error"})
final class PkiCommand implements Callable<Integer> {
    static final int VALIDITY_DAYS = 365;

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the directory to write (created if missing)")
    Path out = Path.of(".");

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "the seed every key and serial follows from (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--not-before", paramLabel = "ISO-INSTANT",
            description = "start of validity, e.g. 2026-01-01T00:00:00Z, truncated to the second "
                    + "(default: the start of today, UTC)")
    Optional<String> notBefore = Optional.empty();

    @Override
    public Integer call() {
        Instant from = notBefore.map(this::instant).orElseGet(() -> LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant());
        Either<PkiError, Vector<Path>> written = TestPkiGenerator
                .generate(TestPkiGenerator.seed(seed), from, Duration.ofDays(VALIDITY_DAYS))
                .flatMap(pki -> TestPkiFiles.write(pki, out));
        if (written.isLeft()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("tlscodec pki: " + written.getLeft().detail());
            err.flush();
            return ExitStatus.NOT_DECODED;
        }
        PrintWriter print = spec.commandLine().getOut();
        written.get().forEach(print::println);
        print.flush();
        return ExitStatus.OK;
    }

    private Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--not-before: expected an ISO-8601 instant such as "
                    + "2026-01-01T00:00:00Z, not '" + text + "'");
        }
    }
}
