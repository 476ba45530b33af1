package org.tlscodec.vectors.tls.handshake;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;

/**
 * Test helper until the record layer lands: splits a side's raw stream into TLS records
 * ({@code type(1) version(2) length(2) fragment}) and cuts the plaintext handshake records into
 * whole messages ({@code msg_type(1) length(3) body}), header included.
 *
 * <p>Which handshake records are plaintext: up to TLS 1.2, those before the side's
 * ChangeCipherSpec; in TLS 1.3, those before the first application_data record (the encrypted
 * handshake), a middlebox-compatibility ChangeCipherSpec changing nothing.
 */
final class PlaintextHandshake {
    private static final int CHANGE_CIPHER_SPEC = 20;
    private static final int HANDSHAKE = 22;
    private static final int APPLICATION_DATA = 23;

    private PlaintextHandshake() {
    }

    /** The plaintext handshake messages a side sent, in order, each with its 4-byte header. */
    static Vector<Bytes> messages(Bytes stream, boolean tls13) {
        Bytes handshake = Bytes.empty();
        int at = 0;
        while (at + 5 <= stream.size()) {
            int type = stream.get(at);
            int length = (stream.get(at + 3) << 8) | stream.get(at + 4);
            if (type == APPLICATION_DATA || (type == CHANGE_CIPHER_SPEC && !tls13)) {
                break;
            }
            if (type == HANDSHAKE) {
                handshake = handshake.concat(stream.slice(at + 5, at + 5 + length));
            }
            at += 5 + length;
        }
        Vector<Bytes> out = Vector.empty();
        int p = 0;
        while (p + 4 <= handshake.size()) {
            int length = (handshake.get(p + 1) << 16) | (handshake.get(p + 2) << 8) | handshake.get(p + 3);
            out = out.append(handshake.slice(p, p + 4 + length));
            p += 4 + length;
        }
        if (p != handshake.size()) {
            throw new AssertionError("a handshake message is cut at " + p + " of " + handshake.size());
        }
        return out;
    }
}
