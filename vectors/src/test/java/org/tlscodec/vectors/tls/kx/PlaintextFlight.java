package org.tlscodec.vectors.tls.kx;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * The plaintext handshake messages one side sent, split by hand for the tests until the record
 * layer lands: TLS records ({@code type(1) version(2) length(2) fragment}) up to the first
 * ChangeCipherSpec, their handshake fragments joined, then cut at each {@code msg_type(1)
 * length(3)} header. Each message is its type and body.
 */
record PlaintextFlight(Vector<Tuple2<HandshakeType, Bytes>> messages) {
    private static final int HANDSHAKE = 22;
    private static final int CHANGE_CIPHER_SPEC = 20;

    /** The messages in the records of {@code stream}, a side's bytes in order. */
    static PlaintextFlight of(Bytes stream) {
        return ofRecords(Vector.of(stream));
    }

    /** The messages in a sequence of chunks, each holding whole records. */
    static PlaintextFlight ofRecords(Vector<Bytes> chunks) {
        Bytes handshake = Bytes.empty();
        outer:
        for (Bytes chunk : chunks) {
            int at = 0;
            while (at + 5 <= chunk.size()) {
                int type = chunk.get(at);
                int length = chunk.get(at + 3) << 8 | chunk.get(at + 4);
                if (type == CHANGE_CIPHER_SPEC) {
                    break outer;
                }
                if (type == HANDSHAKE) {
                    handshake = handshake.concat(chunk.slice(at + 5, at + 5 + length));
                }
                at += 5 + length;
            }
        }
        Vector<Tuple2<HandshakeType, Bytes>> messages = Vector.empty();
        int at = 0;
        while (at + 4 <= handshake.size()) {
            int length = handshake.get(at + 1) << 16 | handshake.get(at + 2) << 8 | handshake.get(at + 3);
            if (at + 4 + length > handshake.size()) {
                break;
            }
            messages = messages.append(Tuple.of(HandshakeType.of(handshake.get(at)), handshake.slice(at + 4, at + 4 + length)));
            at += 4 + length;
        }
        return new PlaintextFlight(messages);
    }

    /** The bodies of every message of {@code type}. */
    Vector<Bytes> bodies(HandshakeType type) {
        return messages.filter(m -> m._1.equals(type)).map(Tuple2::_2);
    }

    /**
     * The context a ServerHello sets, read at the body's fixed offsets: legacy_version (0), then
     * after random (2..33) the session id's length (34), and the suite after the session id.
     */
    Option<WireContext> serverHelloContext() {
        return bodies(HandshakeType.SERVER_HELLO).headOption().map(sh -> {
            int sessionIdLength = sh.get(34);
            int suite = sh.get(35 + sessionIdLength) << 8 | sh.get(36 + sessionIdLength);
            return WireContext.negotiated(ProtocolVersion.of(sh.get(0) << 8 | sh.get(1)), CipherSuite.of(suite));
        });
    }
}
