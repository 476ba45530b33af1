package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import java.security.SecureRandom;
import org.tlscodec.codec.Bytes;

/**
 * A TLS 1.3 key exchange seen as a key encapsulation mechanism, the shape
 * draft-ietf-tls-hybrid-design gives every group: the client generates a key pair and
 * sends its public part; the server "encapsulates" against it, giving its own share and the shared
 * secret; the client "decapsulates" the server's share. A Diffie-Hellman group fits by having the
 * server generate its own key pair and agree.
 */
interface ShareKem {

    /** How errors name this component (the group or function name). */
    String name();

    /** The exact length of the client's key_exchange. */
    int clientShareLength();

    /** The exact length of the server's key_exchange. */
    int serverShareLength();

    /** The client's key pair: its share, and how it will finish. */
    KeyPair generate(SecureRandom random);

    /** The server's answer to a client share. */
    Either<KxError, Encapsulated> encapsulate(Bytes clientShare, SecureRandom random);

    /** The client's share and private state. */
    record KeyPair(Bytes share, Decapsulation decapsulation) {
        @Override
        public String toString() {
            return "KeyPair[share=" + share.size() + " bytes, private=<hidden>]";
        }
    }

    /** The server's share and the shared secret. */
    record Encapsulated(Bytes share, Bytes secret) {
        @Override
        public String toString() {
            return "Encapsulated[share=" + share.size() + " bytes, secret=" + Hidden.bytes(secret) + "]";
        }
    }

    /** The client's last step: the shared secret from the server's share. */
    @FunctionalInterface
    interface Decapsulation {
        Either<KxError, Bytes> decapsulate(Bytes serverShare);
    }

    /** The value, or WrongLength naming {@code what}. */
    static Either<KxError, Bytes> exactly(String what, int length, Bytes value) {
        return value.size() == length ? Either.right(value) : Either.left(new KxError.WrongLength(what, length, value.size()));
    }
}
