package org.tlscodec.examples.cli;

import io.vavr.collection.Vector;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tlscodec suites}: the cipher-suite registry (IANA's TLS Cipher Suites, then the SSL 2.0
 * CIPHER-KINDs) with the parameters {@link org.tlscodec.crypto.suite.CipherSuiteInfo} reads from
 * each registered name, and whether this library runs the suite.
 */
@Command(
        name = "suites",
        mixinStandardHelpOptions = true,
        description = {
                "List every registered cipher suite (and SSL 2.0 cipher kind) with its key exchange, "
                        + "authentication, bulk cipher, MAC, PRF hash, the versions it may be negotiated in, "
                        + "and whether this library can run it (\"usable\").",
                "Prints an aligned table, or one JSON object a suite with --json."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:listed", "2:usage error", "3:internal error"})
final class SuitesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Option(names = "--usable", description = "only the suites this library can run")
    boolean usable;

    @Option(names = "--json", description = "one JSON object a line instead of a table")
    boolean json;

    @Override
    public Integer call() {
        Vector<SuiteRow> rows = SuiteRow.registry().filter(r -> !usable || r.usable());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            rows.forEach(r -> out.println(JsonLine.of(r.json())));
        } else {
            out.print(SuiteTable.render(rows));
        }
        out.flush();
        return ExitStatus.OK;
    }
}
