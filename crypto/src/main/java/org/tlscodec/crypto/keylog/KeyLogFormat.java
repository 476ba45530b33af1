package org.tlscodec.crypto.keylog;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;

/**
 * Reads and writes the NSS key log format: one {@code <label> <hex> <hex>} line per secret,
 * {@code #} comments, blank lines. Reading never stops at a bad line: it answers the entries of all
 * good lines and one {@link KeyLogLineError} per bad line, since one garbled line should not hide
 * the secrets of every other connection in the file.
 */
public final class KeyLogFormat {
    private KeyLogFormat() {
    }

    /** Reads key log text; LF or CRLF line ends; fields separated by spaces or tabs. */
    public static KeyLogReading read(String text) {
        Vector<KeyLogEntry> entries = Vector.empty();
        Vector<KeyLogLineError> errors = Vector.empty();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Either<String, KeyLogEntry> entry = readLine(line);
            if (entry.isRight()) {
                entries = entries.append(entry.get());
            } else {
                errors = errors.append(new KeyLogLineError(i + 1, entry.getLeft()));
            }
        }
        return new KeyLogReading(KeyLog.of(entries), errors);
    }

    /** One non-blank, non-comment line. */
    public static Either<String, KeyLogEntry> readLine(String line) {
        String[] fields = line.strip().split("[ \t]+");
        if (fields.length != 3) {
            return Either.left("expected 3 fields (label, client random, secret), found " + fields.length);
        }
        if (fields[0].equals(RsaPremasterEntry.LABEL)) {
            return hex(fields[1], "encrypted premaster prefix", RsaPremasterEntry.PREFIX_LENGTH).flatMap(prefix ->
                    hex(fields[2], "premaster secret", RsaPremasterEntry.PREMASTER_LENGTH).map(pms ->
                            new RsaPremasterEntry(prefix, pms)));
        }
        Option<KeyLogLabel> label = KeyLogLabel.parse(fields[0]);
        if (label.isEmpty()) {
            return Either.left("not a label (upper-case letters, digits and '_'): '" + printable(fields[0]) + "'");
        }
        int secretLength = label.get() == KeyLogLabel.Fixed.CLIENT_RANDOM ? SecretEntry.MASTER_SECRET_LENGTH : -1;
        return hex(fields[1], "client random", SecretEntry.CLIENT_RANDOM_LENGTH).flatMap(random ->
                hex(fields[2], label.get() == KeyLogLabel.Fixed.CLIENT_RANDOM ? "master secret" : "secret", secretLength).map(secret ->
                        new SecretEntry(label.get(), random, secret)));
    }

    /** The standard text: one line per entry, LF line ends, lower-case hex. */
    public static String write(KeyLog log) {
        StringBuilder out = new StringBuilder();
        for (KeyLogEntry e : log.entries()) {
            out.append(e.line()).append('\n');
        }
        return out.toString();
    }

    /** Hex of exactly {@code length} bytes (any non-zero length when negative). */
    private static Either<String, Bytes> hex(String field, String what, int length) {
        if (field.length() % 2 != 0) {
            return Either.left(what + ": odd number of hex digits (" + field.length() + ")");
        }
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return Either.left(what + ": not a hex digit at character " + (i + 1));
            }
        }
        int size = field.length() / 2;
        if (length >= 0 && size != length) {
            return Either.left(what + ": expected " + length + " bytes (" + 2 * length + " hex digits), found " + size);
        }
        if (size == 0) {
            return Either.left(what + ": empty");
        }
        return Either.right(Bytes.fromHex(field));
    }

    /** A label for an error message: short and free of control characters. */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < 40; i++) {
            char c = s.charAt(i);
            b.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return s.length() > 40 ? b + "..." : b.toString();
    }
}
