package org.tlscodec.examples.cli;

/** The exit statuses of every command, listed in each command's help. */
final class ExitStatus {
    /** The input was read and decoded. */
    static final int OK = 0;
    /** The input could not be read, or its bytes did not decode; the error is printed. */
    static final int NOT_DECODED = 1;
    /** The command line was wrong; picocli prints the usage. */
    static final int USAGE = 2;
    /** A defect in tlscodec itself; one line on standard error, no stack trace. */
    static final int INTERNAL = 3;

    private ExitStatus() {
    }
}
