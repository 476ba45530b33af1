package org.tlscodec.session.state;

import org.tlscodec.codec.CodecError;

/**
 * Why a session step failed. Each message says what was expected; none prints a secret.
 * {@link BadRecordMac} is the bad_record_mac alert of RFC 8446 section 6.2 (RFC 5246 section
 * 7.2.2): a record that did not open with the keys in force.
 */
public sealed interface SessionError {

    /** One line for logs and dissection output. */
    String message();

    /** A {@link Crypto} error typed as a session error, for {@code mapLeft}. */
    static SessionError crypto(String detail) {
        return new Crypto(detail);
    }

    /** A {@link Protocol} error typed as a session error. */
    static SessionError protocol(String detail) {
        return new Protocol(detail);
    }

    /** A {@link Decoding} error typed as a session error. */
    static SessionError decoding(String what, CodecError error) {
        return new Decoding(what, error);
    }

    /** Bytes that do not decode as the structure the session expected there (or a value that does not encode). */
    record Decoding(String what, CodecError error) implements SessionError {
        @Override
        public String message() {
            return what + ": " + error.kind() + " " + error.describe();
        }
    }

    /** A protected record whose MAC, padding or AEAD tag failed: bad_record_mac. */
    record BadRecordMac(String detail) implements SessionError {
        @Override
        public String message() {
            return "bad_record_mac: " + detail;
        }
    }

    /** A key derivation, key exchange or cipher refused its inputs (wrong lengths, unsupported suite, invalid share). */
    record Crypto(String detail) implements SessionError {
        @Override
        public String message() {
            return "crypto: " + detail;
        }
    }

    /** The peer (or the caller building a conversation) broke the protocol: a message out of place, a bad Finished. */
    record Protocol(String detail) implements SessionError {
        @Override
        public String message() {
            return "protocol: " + detail;
        }
    }
}
