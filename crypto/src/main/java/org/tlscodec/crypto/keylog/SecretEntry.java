package org.tlscodec.crypto.keylog;

import org.tlscodec.codec.Bytes;

/**
 * {@code <label> <client random (hex)> <secret (hex)>}: a secret of the connection whose
 * ClientHello.random is {@code clientRandom}. For {@code CLIENT_RANDOM} the secret is the TLS 1.2
 * (or earlier) master secret; for the other labels a TLS 1.3 secret of the suite's hash length.
 */
public record SecretEntry(KeyLogLabel label, Bytes clientRandom, Bytes secret) implements KeyLogEntry {

    /** ClientHello.random is 32 bytes (RFC 8446 section 4.1.2, RFC 5246 section 7.4.1.2). */
    public static final int CLIENT_RANDOM_LENGTH = 32;

    /** A master secret is always 48 bytes (RFC 5246 section 8.1). */
    public static final int MASTER_SECRET_LENGTH = 48;

    public SecretEntry {
        if (clientRandom.size() != CLIENT_RANDOM_LENGTH) {
            throw new IllegalArgumentException("a client random is 32 bytes, not " + clientRandom.size());
        }
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("a secret is not empty");
        }
        if (label == KeyLogLabel.Fixed.CLIENT_RANDOM && secret.size() != MASTER_SECRET_LENGTH) {
            throw new IllegalArgumentException("a master secret is 48 bytes, not " + secret.size());
        }
    }

    @Override
    public String line() {
        return label.text() + " " + clientRandom.hex() + " " + secret.hex();
    }

    /** The label and client random; the secret only by its length. */
    @Override
    public String toString() {
        return "SecretEntry[" + label.text() + ", client_random=" + clientRandom.hex() + ", secret=<" + secret.size() + " bytes>]";
    }
}
