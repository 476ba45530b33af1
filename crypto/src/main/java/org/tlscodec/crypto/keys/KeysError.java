package org.tlscodec.crypto.keys;

import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.CipherError;
import org.tlscodec.crypto.kdf.KdfError;

/**
 * Why a connection's record protection could not be had from its secrets. Messages name labels,
 * client randoms (public: they are sent in the clear) and lengths, never a secret.
 */
public sealed interface KeysError {

    /** A sentence for logs and error reports. */
    String message();

    /**
     * The key log has no line with this label for this connection: the secret was not logged (a
     * handshake that stopped early, a log from a tool that omits it, or the wrong log).
     *
     * @param label        the label that was looked for, as the log would spell it
     * @param clientRandom the connection's ClientHello.random
     */
    record MissingSecret(String label, Bytes clientRandom) implements KeysError {
        @Override
        public String message() {
            return "the key log has no " + label + " line for client random " + clientRandom.hex();
        }
    }

    /**
     * A secret of the wrong length for its use: a TLS 1.3 traffic secret is Hash.length bytes
     * (RFC 8446 section 7.1), a master secret 48 (RFC 5246 section 8.1).
     */
    record WrongSecretLength(String secret, int expected, int actual) implements KeysError {
        @Override
        public String message() {
            return secret + " must be " + expected + " bytes, not " + actual;
        }
    }

    /** A random of the wrong length: ClientHello.random and ServerHello.random are 32 bytes (RFC 5246 section 7.4.1.2). */
    record WrongRandomLength(String random, int actual) implements KeysError {
        @Override
        public String message() {
            return random + " must be 32 bytes, not " + actual;
        }
    }

    /** The suite, version or combination of both has no key derivation here (e.g. an export suite in TLS 1.1, a GOST PRF). */
    record Unsupported(String reason) implements KeysError {
        @Override
        public String message() {
            return "unsupported: " + reason;
        }
    }

    /** A derivation of {@link org.tlscodec.crypto.kdf} refused its input. */
    record Derivation(KdfError cause) implements KeysError {
        @Override
        public String message() {
            return "key derivation failed: " + cause.message();
        }
    }

    /** {@link org.tlscodec.crypto.cipher.RecordProtection#of} refused the derived keys or the suite. */
    record Protection(CipherError cause) implements KeysError {
        @Override
        public String message() {
            return "record protection: " + cause.message();
        }
    }
}
