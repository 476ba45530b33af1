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

/** {@code tlscodec demo}: decodes the first TLS record a client sent with the demo structures. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
                "Decode the first TLS record of the bytes a TLS client sent: the record header, the "
                        + "handshake header and the ClientHello's fields, declared with the combinators "
                        + "(org.tlscodec.examples.demo). The value is encoded again and compared with the "
                        + "input (\"roundtrip\").",
                "Without FILE or --hex, the input is a bundled OpenSSL 3.0 s_client capture (TLS 1.3)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:the record decoded",
                "1:the input could not be read or did not decode; the error (path, offset, reason) is printed",
                "2:usage error",
                "3:internal error"})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "raw bytes as the client sent them ('-' for standard input)")
    Optional<Path> file = Optional.empty();

    @Option(names = "--hex", paramLabel = "HEX", description = "the input as hexadecimal text instead of a file")
    Optional<String> hex = Optional.empty();

    @Option(names = "--json", description = "print JSON (the default)")
    boolean json;

    @Option(names = "--tree", description = "print an indented tree instead of JSON")
    boolean tree;

    @Override
    public Integer call() {
        if (json && tree) {
            throw new ParameterException(spec.commandLine(), "--json and --tree are mutually exclusive");
        }
        if (file.isPresent() && hex.isPresent()) {
            throw new ParameterException(spec.commandLine(), "give FILE or --hex, not both");
        }
        Either<String, DemoInput> input = hex.isPresent() ? DemoInput.hex(hex.get())
                : file.isPresent() ? DemoInput.file(file.get(), System.in)
                : DemoInput.bundled();
        if (input.isLeft()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("tlscodec demo: " + input.getLeft());
            err.flush();
            return ExitStatus.NOT_DECODED;
        }
        DemoReport report = DemoReport.of(input.get());
        PrintWriter out = spec.commandLine().getOut();
        out.print(tree ? TreeRenderer.render(report.json()) : JsonText.pretty(report.json()));
        out.flush();
        return report.decoded() ? ExitStatus.OK : ExitStatus.NOT_DECODED;
    }
}
