package org.tlscodec.examples.cli;

import io.vavr.control.Either;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tlscodec.session.dissect.CaptureDissection;
import org.tlscodec.session.dissect.Dissect;
import org.tlscodec.session.dissect.DissectError;
import org.tlscodec.session.dissect.DissectSecrets;
import org.tlscodec.session.dissect.RsaKeyPem;
import org.tlscodec.vectors.data.Captures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tlscodec dissect}: a capture file read to its TLS connections, every record decoded and
 * decrypted with the secrets given (issue 5, "Command line"), through the library's
 * {@link Dissect#capture}. JSON lines ({@link DissectReport}) or a tree.
 */
@Command(
        name = "dissect",
        mixinStandardHelpOptions = true,
        description = {
                "Read a capture (pcap or pcapng), find every TCP connection that carries TLS (on any port, by the bytes), "
                        + "reassemble it, and decode every record of both sides; decrypt protected records with the secrets "
                        + "given (--keylog, --rsa-key) or carried by the file (pcapng Decryption Secrets Blocks).",
                "Prints one JSON object a record, then one summary object a connection (or --tree).",
                "Without CAPTURE, dissects a bundled capture (OpenSSL 3.0 on loopback: a TLS 1.3 full handshake, then a "
                        + "PSK resumption on a second connection) with its bundled key log."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:every record decoded (and, when secrets were given, every protected record decrypted)",
                "1:the capture or a secret file could not be read, or some record failed (its \"error\" says why)",
                "2:usage error",
                "3:internal error"})
final class DissectCommand implements Callable<Integer> {

    /** The default capture: two connections, a full TLS 1.3 handshake and its resumption. */
    static final String BUNDLED_CASE = "tls13_psk_resumption";

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Parameters(index = "0", arity = "0..1", paramLabel = "CAPTURE", description = "a pcap or pcapng file ('-' for standard input)")
    Optional<Path> capture = Optional.empty();

    @Option(names = "--keylog", paramLabel = "FILE", description = "an NSS key log (SSLKEYLOGFILE) with the connections' secrets")
    Optional<Path> keyLog = Optional.empty();

    @Option(names = "--rsa-key", paramLabel = "PEM", description = "the server's RSA private key (PKCS#8 or PKCS#1 PEM), for static RSA")
    Optional<Path> rsaKey = Optional.empty();

    @Option(names = "--json", description = "print JSON lines (the default)")
    boolean json;

    @Option(names = "--tree", description = "print an indented tree instead of JSON lines")
    boolean tree;

    @Override
    public Integer call() {
        if (json && tree) {
            throw new ParameterException(spec.commandLine(), "give --json or --tree, not both");
        }
        PrintWriter err = spec.commandLine().getErr();
        Either<String, DemoInput> input = capture.isPresent() ? DemoInput.file(capture.get(), System.in) : bundledCapture();
        Either<String, DissectSecrets> secrets = secrets();
        if (input.isLeft() || secrets.isLeft()) {
            err.println("tlscodec dissect: " + (input.isLeft() ? input.getLeft() : secrets.getLeft()));
            err.flush();
            return ExitStatus.NOT_DECODED;
        }
        CaptureDissection d = Dissect.capture(input.get().bytes(), secrets.get());
        PrintWriter out = spec.commandLine().getOut();
        for (DissectReport.Item item : DissectReport.of(d)) {
            out.print(tree ? "###[ " + item.heading() + " ]###\n" + TreeRenderer.render(item.json()) : JsonLine.of(item.json()) + "\n");
        }
        out.flush();
        boolean expectDecrypted = secrets.get().given() || d.carriedKeyLog();
        int errors = d.allErrors().size();
        String problem = d.connections().isEmpty() && d.errors().isEmpty() ? "no TLS connection in " + input.get().name()
                : errors > 0 ? errors + " error" + (errors == 1 ? "" : "s") + " (the \"error\" fields above); first: "
                        + d.allErrors().head().message()
                : expectDecrypted && !d.allDecrypted() ? "secrets were given, but not every protected record decrypted"
                : "";
        if (problem.isEmpty()) {
            return ExitStatus.OK;
        }
        err.println("tlscodec dissect: " + problem);
        err.flush();
        return ExitStatus.NOT_DECODED;
    }

    /** The secrets of the options; without CAPTURE, the bundled capture's key log too. A bad --rsa-key stops the command. */
    private Either<String, DissectSecrets> secrets() {
        DissectSecrets s = DissectSecrets.none();
        if (capture.isEmpty()) {
            Either<String, String> bundled = Captures.keyLog(BUNDLED_CASE);
            if (bundled.isLeft()) {
                return Either.left("the bundled key log of " + BUNDLED_CASE + " is missing from the class path");
            }
            s = s.withKeyLog("bundled key log", bundled.get());
        }
        if (keyLog.isPresent()) {
            Either<String, DemoInput> text = DemoInput.file(keyLog.get(), System.in);
            if (text.isLeft()) {
                return Either.left("--keylog: " + text.getLeft());
            }
            s = s.withKeyLog(keyLog.get().toString(), new String(text.get().bytes().toArray(), StandardCharsets.UTF_8));
        }
        if (rsaKey.isPresent()) {
            Either<String, DemoInput> pem = DemoInput.file(rsaKey.get(), System.in);
            if (pem.isLeft()) {
                return Either.left("--rsa-key: " + pem.getLeft());
            }
            Either<DissectError, java.security.interfaces.RSAPrivateKey> key =
                    RsaKeyPem.read(new String(pem.get().bytes().toArray(), StandardCharsets.US_ASCII));
            if (key.isLeft()) {
                return Either.left("--rsa-key " + rsaKey.get() + ": " + key.getLeft().message());
            }
            s = s.withRsaKey(key.get());
        }
        return Either.right(s);
    }

    private static Either<String, DemoInput> bundledCapture() {
        return Captures.pcap(BUNDLED_CASE)
                .mapLeft(e -> "the bundled capture " + BUNDLED_CASE + " is missing from the class path")
                .map(b -> new DemoInput("bundled:" + BUNDLED_CASE + ".pcap", b));
    }
}
