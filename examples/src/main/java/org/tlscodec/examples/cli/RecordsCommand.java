package org.tlscodec.examples.cli;

import io.vavr.control.Either;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tlscodec records}: every record one side of a TLS connection sent, as JSON lines or a tree. */
@Command(
        name = "records",
        mixinStandardHelpOptions = true,
        description = {
                "Read the raw bytes one side of a TLS connection sent (records back to back), decode every "
                        + "record and the handshake messages in it, encode them again and compare with the input. "
                        + "After that side's change_cipher_spec its records are shown as opaque.",
                "Prints one JSON object a record (or --tree).",
                "Without FILE or --hex, the input is the server's side of a bundled TLS 1.2 capture "
                        + "(OpenSSL 3.0, ECDHE-RSA-AES128-GCM-SHA256, on loopback)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:every record decoded and re-encoded byte for byte",
                "1:the input could not be read, or some record did not decode or re-encode exactly",
                "2:usage error",
                "3:internal error"})
final class RecordsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "raw bytes one side sent ('-' for standard input)")
    Optional<Path> file = Optional.empty();

    @Option(names = "--hex", paramLabel = "HEX", description = "the input as hexadecimal text instead of a file")
    Optional<String> hex = Optional.empty();

    @Option(names = "--tree", description = "print an indented tree instead of JSON lines")
    boolean tree;

    @Option(names = "--lenient", description = "keep malformed extensions and messages with their error and go on")
    boolean lenient;

    static final String BUNDLED_CASE = "tls12_ecdhe_rsa_aes128gcm";

    private static Either<String, DemoInput> bundled() {
        return org.tlscodec.vectors.data.Captures.stream(BUNDLED_CASE, 0, org.tlscodec.vectors.data.Captures.Side.SERVER)
                .toEither(() -> "the bundled capture " + BUNDLED_CASE + " is missing from the class path")
                .map(b -> new DemoInput("bundled:" + BUNDLED_CASE + "/conn0.server.bin", b));
    }

    @Override
    public Integer call() {
        if (file.isPresent() && hex.isPresent()) {
            throw new ParameterException(spec.commandLine(), "give FILE or --hex, not both");
        }
        Either<String, DemoInput> input = hex.isPresent() ? DemoInput.hex(hex.get())
                : file.isPresent() ? DemoInput.file(file.get(), System.in)
                : bundled();
        if (input.isLeft()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("tlscodec records: " + input.getLeft());
            err.flush();
            return ExitStatus.NOT_DECODED;
        }
        RecordsReport report = RecordsReport.of(input.get().bytes(), lenient);
        PrintWriter out = spec.commandLine().getOut();
        if (tree) {
            report.trees().forEach(out::print);
        } else {
            report.records().forEach(r -> out.println(r.toString()));
        }
        out.flush();
        return report.allExact() ? ExitStatus.OK : ExitStatus.NOT_DECODED;
    }
}
