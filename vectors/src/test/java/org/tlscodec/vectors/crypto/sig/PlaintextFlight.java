package org.tlscodec.vectors.crypto.sig;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.Handshake;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.record.HandshakeReassembly;
import org.tlscodec.tls.record.ReassembledHandshake;
import org.tlscodec.tls.record.RecordStream;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.ContentType;

/**
 * The handshake messages a side sent in the clear, read with the record layer: the stream split
 * into records ({@link RecordStream}), the handshake records before the side's first
 * ChangeCipherSpec reassembled into messages ({@link HandshakeReassembly}), each decoded under a
 * context.
 */
final class PlaintextFlight {
    private PlaintextFlight() {
    }

    /** The plaintext handshake messages of a side's stream, each with its header, as received. */
    static Vector<Bytes> messages(Bytes stream) {
        Vector<TLSPlaintext> records = RecordStream.split(stream).tlsRecords()
                .takeWhile(r -> !r.type().equals(ContentType.CHANGE_CIPHER_SPEC));
        HandshakeReassembly reassembly = HandshakeReassembly.reassemble(
                records.filter(r -> r.type().equals(ContentType.HANDSHAKE)).map(TLSPlaintext::fragment));
        if (!reassembly.isComplete()) {
            throw new AssertionError("the plaintext handshake ends inside a message: " + reassembly.error());
        }
        return reassembly.messages().map(ReassembledHandshake::bytes);
    }

    /** Every message of {@code wire} decoded under {@code ctx}. */
    static Vector<HandshakeMessage> decode(Vector<Bytes> wire, WireContext ctx) {
        return wire.map(b -> Handshake.codec(ctx).decode(b).getOrElseThrow(e -> new AssertionError(e.describe())));
    }
}
