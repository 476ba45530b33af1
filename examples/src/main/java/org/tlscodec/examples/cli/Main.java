package org.tlscodec.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The entry point of the executable jar: {@code java -jar tlscodec-cli.jar demo}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and answers its exit status; nothing escapes as an exception. */
    static int run(String... args) {
        try {
            return commandLine().execute(args);
        } catch (RuntimeException | Error e) {
            // The last edge: picocli's own handlers did not take it (e.g. an error while printing help).
            System.err.println("tlscodec: internal error: " + e);
            return ExitStatus.INTERNAL;
        }
    }

    /**
     * The configured command line. Tests run it in-process with {@link CommandLine#setOut} and
     * {@link CommandLine#setErr} capturing the output.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TlsCodecCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("tlscodec: internal error: " + e);
            err.flush();
            return ExitStatus.INTERNAL;
        });
        return cli;
    }
}
