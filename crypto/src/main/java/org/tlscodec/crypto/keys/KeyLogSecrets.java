package org.tlscodec.crypto.keys;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.keylog.KeyLog;
import org.tlscodec.crypto.keylog.KeyLogLabel;

/**
 * A connection's secrets in an NSS key log, found by its ClientHello.random, each one a value or a
 * {@link KeysError.MissingSecret} that names the label looked for. The labels are those of the
 * NSS key log format (the {@code SSLKEYLOGFILE} format, also IETF draft-ietf-tls-keylogfile):
 * {@code CLIENT_RANDOM} for the master secret of SSL 3.0 to TLS 1.2, and for TLS 1.3 the traffic
 * secrets of RFC 8446 section 7.1 ({@code CLIENT_EARLY_TRAFFIC_SECRET},
 * {@code CLIENT/SERVER_HANDSHAKE_TRAFFIC_SECRET}, {@code CLIENT/SERVER_TRAFFIC_SECRET_0}).
 *
 * <p>After a KeyUpdate (section 7.2) the application secret moves on a generation. Tools that log
 * it write {@code _1}, {@code _2}, ...; OpenSSL 3.0 writes a literal {@code _N} each time, so its
 * lines are taken in file order: the first {@code _N} line of a direction is generation 1, the
 * second generation 2, and so on.
 */
public final class KeyLogSecrets {
    private KeyLogSecrets() {
    }

    /** The line with this label for this connection (the first, if the log repeats it). */
    public static Either<KeysError, Bytes> secret(KeyLog log, Bytes clientRandom, KeyLogLabel label) {
        return log.secret(clientRandom, label).toEither(() -> new KeysError.MissingSecret(label.text(), clientRandom));
    }

    /** The 48-byte master secret of an SSL 3.0 to TLS 1.2 connection: its {@code CLIENT_RANDOM} line. */
    public static Either<KeysError, Bytes> masterSecret(KeyLog log, Bytes clientRandom) {
        return secret(log, clientRandom, KeyLogLabel.Fixed.CLIENT_RANDOM);
    }

    /** client_early_traffic_secret, which protects 0-RTT data: {@code CLIENT_EARLY_TRAFFIC_SECRET}. */
    public static Either<KeysError, Bytes> earlyTrafficSecret(KeyLog log, Bytes clientRandom) {
        return secret(log, clientRandom, KeyLogLabel.Fixed.CLIENT_EARLY_TRAFFIC_SECRET);
    }

    /** [sender]_handshake_traffic_secret: {@code CLIENT_HANDSHAKE_TRAFFIC_SECRET} or {@code SERVER_HANDSHAKE_TRAFFIC_SECRET}. */
    public static Either<KeysError, Bytes> handshakeTrafficSecret(KeyLog log, Bytes clientRandom, KeyLogLabel.Direction sender) {
        return secret(log, clientRandom, sender == KeyLogLabel.Direction.CLIENT
                ? KeyLogLabel.Fixed.CLIENT_HANDSHAKE_TRAFFIC_SECRET : KeyLogLabel.Fixed.SERVER_HANDSHAKE_TRAFFIC_SECRET);
    }

    /**
     * [sender]_application_traffic_secret_{@code generation}: the {@code _<generation>} line, or for
     * a generation above 0 that no numbered line gives, the generation-th literal {@code _N} line of
     * that direction.
     */
    public static Either<KeysError, Bytes> applicationTrafficSecret(KeyLog log, Bytes clientRandom, KeyLogLabel.Direction sender,
                                                                    long generation) {
        if (generation < 0) {
            return Either.left(new KeysError.Unsupported("a traffic secret generation is 0 or more, not " + generation));
        }
        KeyLogLabel numbered = KeyLogLabel.ApplicationTraffic.generation(sender, generation);
        Either<KeysError, Bytes> logged = secret(log, clientRandom, numbered);
        if (logged.isRight() || generation == 0) {
            return logged;
        }
        Vector<Bytes> updated = log.updatedTrafficSecrets(clientRandom, sender);
        if (generation <= updated.size()) {
            return Either.right(updated.get((int) (generation - 1)));
        }
        return Either.left(new KeysError.MissingSecret(numbered.text() + " (nor " + ordinal(generation) + " "
                + KeyLogLabel.ApplicationTraffic.updated(sender).text() + ")", clientRandom));
    }

    private static String ordinal(long n) {
        long lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return "a " + n + suffix;
    }
}
