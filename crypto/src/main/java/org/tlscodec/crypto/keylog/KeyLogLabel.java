package org.tlscodec.crypto.keylog;

import io.vavr.control.Option;

/**
 * The first field of a secret line: which secret follows the client random. Open like the
 * registries: a label this library does not know is kept by name ({@link Other}) so a file written
 * by a newer tool still reads and writes back unchanged.
 */
public sealed interface KeyLogLabel permits KeyLogLabel.Fixed, KeyLogLabel.ApplicationTraffic, KeyLogLabel.Other {

    /** The label as it is written in the file. */
    String text();

    /** Labels whose name says everything. */
    enum Fixed implements KeyLogLabel {
        /** TLS 1.2 and earlier: the 48-byte master secret. */
        CLIENT_RANDOM,
        CLIENT_EARLY_TRAFFIC_SECRET,
        CLIENT_HANDSHAKE_TRAFFIC_SECRET,
        SERVER_HANDSHAKE_TRAFFIC_SECRET,
        EARLY_EXPORTER_SECRET,
        EXPORTER_SECRET;

        @Override
        public String text() {
            return name();
        }
    }

    /** Which side's application traffic secret. */
    enum Direction {
        CLIENT, SERVER
    }

    /**
     * {@code CLIENT_TRAFFIC_SECRET_<n>} / {@code SERVER_TRAFFIC_SECRET_<n>}: the application traffic
     * secret of generation n (RFC 8446 section 7.2: each KeyUpdate moves to the next). OpenSSL 3.0
     * writes the updated secrets with a literal {@code N}: the generation is then unknown
     * ({@code none}), and only the order of the lines in the file tells which came first.
     */
    record ApplicationTraffic(Direction direction, Option<Long> generation) implements KeyLogLabel {
        public ApplicationTraffic {
            if (generation.exists(n -> n < 0)) {
                throw new IllegalArgumentException("a traffic secret generation is not negative: " + generation.get());
            }
        }

        /** Generation {@code n}. */
        public static ApplicationTraffic generation(Direction direction, long n) {
            return new ApplicationTraffic(direction, Option.some(n));
        }

        /** OpenSSL's literal {@code _N}: updated, generation unknown. */
        public static ApplicationTraffic updated(Direction direction) {
            return new ApplicationTraffic(direction, Option.none());
        }

        @Override
        public String text() {
            return direction.name() + "_TRAFFIC_SECRET_" + generation.map(String::valueOf).getOrElse("N");
        }
    }

    /** A label this library does not know, kept by name. */
    record Other(String text) implements KeyLogLabel {
        public Other {
            if (!KeyLogLabel.wellFormed(text)) {
                throw new IllegalArgumentException("a key log label is upper-case letters, digits and '_': " + text);
            }
        }
    }

    /** The label a text names; the known ones first, then {@link Other}; none if the text cannot be a label. */
    static Option<KeyLogLabel> parse(String text) {
        for (Fixed f : Fixed.values()) {
            if (f.name().equals(text)) {
                return Option.some(f);
            }
        }
        for (Direction d : Direction.values()) {
            String prefix = d.name() + "_TRAFFIC_SECRET_";
            if (text.startsWith(prefix)) {
                String n = text.substring(prefix.length());
                if (n.equals("N")) {
                    return Option.some(ApplicationTraffic.updated(d));
                }
                Option<Long> generation = decimal(n);
                if (generation.isDefined()) {
                    return Option.some(ApplicationTraffic.generation(d, generation.get()));
                }
            }
        }
        return wellFormed(text) ? Option.some(new Other(text)) : Option.none();
    }

    private static Option<Long> decimal(String digits) {
        if (digits.isEmpty() || digits.length() > 18) {
            return Option.none();
        }
        long n = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return Option.none();
            }
            n = n * 10 + (c - '0');
        }
        return Option.some(n);
    }

    private static boolean wellFormed(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
