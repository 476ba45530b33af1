package org.tlscodec.crypto.kdf;

/**
 * Why a derivation could not be done. Derivations fail only on parameters outside what the
 * function defines (an output longer than the construction can give, a label or context longer
 * than its length field); the primitives themselves are always present.
 */
public sealed interface KdfError {

    /** A sentence for logs and error reports. */
    String message();

    /** More output was asked for than the construction defines (e.g. HKDF-Expand: 255 * HashLen). */
    record OutputTooLong(String function, int requested, int maximum) implements KdfError {
        @Override
        public String message() {
            return function + ": " + requested + " bytes requested, at most " + maximum + " defined";
        }
    }

    /** A negative output length. */
    record NegativeLength(String function, int requested) implements KdfError {
        @Override
        public String message() {
            return function + ": negative output length " + requested;
        }
    }

    /** A structure that carries a derivation's input could not be written (a field out of its bounds). */
    record Unencodable(String structure, String reason) implements KdfError {
        @Override
        public String message() {
            return structure + " cannot be encoded: " + reason;
        }
    }

    /** An input shorter than the derivation needs (e.g. a key block too short for the sizes asked). */
    record TooShort(String what, int needed, int available) implements KdfError {
        @Override
        public String message() {
            return what + ": " + needed + " bytes needed, " + available + " given";
        }
    }

    /** An input the derivation does not define (e.g. a transcript without its first message). */
    record Invalid(String reason) implements KdfError {
        @Override
        public String message() {
            return reason;
        }
    }
}
