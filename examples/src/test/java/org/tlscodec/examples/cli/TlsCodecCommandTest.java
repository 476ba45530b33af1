package org.tlscodec.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TlsCodecCommandTest {

    @Test
    void helpExitsZeroAndListsTheDemoCommand() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: tlscodec").containsPattern("(?m)^\\s+demo\\s+Decode");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpOfDemoNamesItsOptions() {
        CliRun run = CliRun.of("help", "demo");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: tlscodec demo", "--hex", "--json", "--tree", "FILE");
    }

    @Test
    void noCommandIsAUsageErrorOnStderr() {
        CliRun run = CliRun.of();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("a command is required", "Usage: tlscodec");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithoutAStackTrace() {
        CliRun run = CliRun.of("demo", "--no-such-option");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--no-such-option").doesNotContain("Exception", "\tat ");
    }
}
