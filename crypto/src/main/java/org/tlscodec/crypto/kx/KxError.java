package org.tlscodec.crypto.kx;

import org.tlscodec.tls.registry.NamedGroup;

/**
 * Why a key exchange step was refused. Each case names what was expected, so the message can go
 * straight into an alert's log line (RFC 8446 section 4.2.8 and RFC 5246 section 7.4: a bad share
 * or public value is an illegal_parameter or decode_error).
 */
public sealed interface KxError {

    /** A sentence for logs and error reports. */
    String message();

    /** The group has no key exchange here (unassigned, deprecated or not implemented). */
    record UnsupportedGroup(NamedGroup group) implements KxError {
        @Override
        public String message() {
            return "no key exchange for group " + group + " (0x" + String.format("%04x", group.code())
                    + "); supported: " + KeyExchangeGroup.supported().map(NamedGroup::toString).mkString(", ");
        }
    }

    /** A key, share, point or ciphertext of the wrong size. */
    record WrongLength(String what, int expected, int actual) implements KxError {
        @Override
        public String message() {
            return what + ": " + expected + " bytes expected, " + actual + " given";
        }
    }

    /** A Diffie-Hellman public value outside 1 &lt; y &lt; p-1 (RFC 7919 section 5.1, RFC 8446 section 4.2.8.1). */
    record PublicValueOutOfRange(String group) implements KxError {
        @Override
        public String message() {
            return group + ": the peer's public value must satisfy 1 < y < p-1";
        }
    }

    /** An elliptic-curve point that cannot be used (RFC 8422 section 5.11, RFC 8446 section 4.2.8.2). */
    record InvalidPoint(String curve, String reason) implements KxError {
        @Override
        public String message() {
            return curve + ": the peer's point must be a valid point on the curve other than infinity; " + reason;
        }
    }

    /** X25519 or X448 gave the all-zero value: the peer sent a low-order point (RFC 7748 section 6, RFC 8446 section 7.4.2). */
    record AllZeroSharedSecret(String function) implements KxError {
        @Override
        public String message() {
            return function + ": the shared secret must not be all zeros (the peer's public key is a low-order point)";
        }
    }

    /** An ML-KEM encapsulation key that fails the FIPS 203 section 7.2 input check. */
    record InvalidEncapsulationKey(String kem, String reason) implements KxError {
        @Override
        public String message() {
            return kem + ": the encapsulation key must pass the FIPS 203 section 7.2 check; " + reason;
        }
    }

    /** An SRP public value that is 0 modulo N (RFC 5054 section 2.5.3 for B, 2.5.4 for A). */
    record ZeroModN(String value) implements KxError {
        @Override
        public String message() {
            return "SRP: " + value + " % N must not be 0";
        }
    }

    /** Parameters a peer or the caller chose that this exchange does not accept (a group, a key, a field too long). */
    record InvalidParameters(String what, String reason) implements KxError {
        @Override
        public String message() {
            return what + ": " + reason;
        }
    }
}
