package org.tlscodec.crypto.cipher;

/**
 * Why a record could not be protected or unprotected, or a record cipher not built. Every failure
 * that depends on secret data (padding, MAC, tag) is the single {@link BadRecordMac}, whose reason
 * only ever states public facts (lengths), so the error itself is no oracle.
 */
public sealed interface CipherError {

    /** A human-readable account. */
    String message();

    /** bad_record_mac (RFC 5246 section 7.2.2, RFC 8446 section 6.2): the record did not authenticate. */
    record BadRecordMac(String reason) implements CipherError {
        static final BadRecordMac AUTHENTICATION = new BadRecordMac("the record does not authenticate");

        @Override
        public String message() {
            return "bad_record_mac: " + reason;
        }
    }

    /** record_overflow: a record longer than the version allows. */
    record RecordOverflow(int length, int max) implements CipherError {
        @Override
        public String message() {
            return "record_overflow: " + length + " bytes, at most " + max + " allowed";
        }
    }

    /** A suite, version or option combination this library does not run. */
    record Unsupported(String reason) implements CipherError {
        @Override
        public String message() {
            return "unsupported: " + reason;
        }
    }

    /** A key, MAC key or IV of the wrong length for the suite. */
    record BadKeys(String reason) implements CipherError {
        @Override
        public String message() {
            return "bad keys: " + reason;
        }
    }

    /** A stateful cipher (RC4) used from a state that a later record has already consumed. */
    record StaleState(String reason) implements CipherError {
        @Override
        public String message() {
            return "stale cipher state: " + reason;
        }
    }

    /** A decrypted TLS 1.3 record with no content type (RFC 8446 section 5.4: unexpected_message). */
    record NoContentType(String reason) implements CipherError {
        @Override
        public String message() {
            return "unexpected_message: " + reason;
        }
    }

    /** The JCA or Bouncy Castle refused an operation that should not fail: a bug or a broken provider. */
    record Primitive(String reason) implements CipherError {
        @Override
        public String message() {
            return "primitive failure: " + reason;
        }
    }
}
