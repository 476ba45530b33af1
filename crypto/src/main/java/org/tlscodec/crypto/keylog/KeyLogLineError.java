package org.tlscodec.crypto.keylog;

/**
 * A line that could not be read: its 1-based number and what was wrong with it. The line's text is
 * not kept: it may hold a secret.
 */
public record KeyLogLineError(int lineNumber, String problem) {

    @Override
    public String toString() {
        return "line " + lineNumber + ": " + problem;
    }
}
