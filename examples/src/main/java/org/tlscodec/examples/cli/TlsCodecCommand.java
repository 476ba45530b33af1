package org.tlscodec.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tlscodec}: the top command, which only lists the others. */
@Command(
        name = "tlscodec",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Decode and encode TLS structures declared once as bidirectional codecs.",
        subcommands = {DissectCommand.class, DemoCommand.class, RecordsCommand.class, SuitesCommand.class, PkiCommand.class,
                HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:success",
                "1:the input could not be read or did not decode (the error is printed)",
                "2:usage error",
                "3:internal error"})
final class TlsCodecCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("tlscodec: a command is required");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitStatus.USAGE;
    }
}
