package org.tlscodec.session.dissect;

import org.tlscodec.session.capture.CaptureError;
import org.tlscodec.session.capture.StreamNote;
import org.tlscodec.session.state.ConnectionEnd;

/**
 * Why part of a dissection could not be read, at the level it happened: the capture file, a
 * secret given from outside, a connection's TCP reassembly, a connection's byte stream, or one
 * record. Each {@link #message()} says where (connection, side, byte offset) and what was wrong;
 * none prints a secret. The rest of the dissection is still returned.
 */
public sealed interface DissectError {

    /** One line, for logs and the command line's output. */
    String message();

    /** The capture file (or one of its packets) could not be read: see {@link CaptureError}. */
    record CaptureFile(CaptureError error) implements DissectError {
        @Override
        public String message() {
            return error.message();
        }
    }

    /** A secret given from outside could not be read (a key log line, a PEM key); the others are still used. */
    record Secret(String source, String detail) implements DissectError {
        @Override
        public String message() {
            return source + ": " + detail;
        }
    }

    /** Connection {@code connection}'s TCP reassembly noted a gap, a conflicting overlap or bytes outside the stream. */
    record Reassembly(int connection, StreamNote note) implements DissectError {
        @Override
        public String message() {
            return "connection " + connection + ": " + note.message();
        }
    }

    /** Connection {@code connection}'s byte stream could not be read as records to its end (it stops inside a record). */
    record Stream(int connection, String detail) implements DissectError {
        @Override
        public String message() {
            return "connection " + connection + ": " + detail;
        }
    }

    /** Record {@code index} of connection {@code connection} (sent by {@code sender}, at {@code offset} in its stream) failed. */
    record Record(int connection, int index, ConnectionEnd sender, long offset, String detail) implements DissectError {
        @Override
        public String message() {
            return "connection " + connection + ", record " + index + " (" + sender.name().toLowerCase(java.util.Locale.ROOT)
                    + " at offset " + offset + "): " + detail;
        }
    }
}
