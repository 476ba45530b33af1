package org.tlscodec.vectors.crypto.cipher;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.Handshake;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.record.HandshakeReassembly;
import org.tlscodec.tls.record.ReassembledHandshake;

/**
 * One direction's handshake messages as its handshake records bring them (plaintext or opened):
 * the bytes of a message cut over records wait in {@code pending} until the record that completes
 * it ({@link HandshakeReassembly}), and each complete message is decoded with
 * {@link Handshake#codec(WireContext)} and must re-encode to its bytes.
 */
record CaptureHandshakeReader(Bytes pending, WireContext context) {

    /** The messages one record completed, in order, and the reader for the next record. */
    record Step(Vector<HandshakeMessage> completed, CaptureHandshakeReader next) {
    }

    static CaptureHandshakeReader start(WireContext context) {
        return new CaptureHandshakeReader(Bytes.empty(), context);
    }

    /** Takes the plaintext of one handshake record; a framing or decoding failure is a description. */
    Either<String, Step> add(Bytes fragment) {
        HandshakeReassembly r = HandshakeReassembly.reassemble(Vector.of(pending, fragment));
        if (r.error().exists(e -> !e.needsMoreInput())) {
            return Either.left("handshake framing: " + r.error().get().describe());
        }
        Vector<HandshakeMessage> completed = Vector.empty();
        for (ReassembledHandshake m : r.messages()) {
            Either<CodecError, HandshakeMessage> decoded = Handshake.codec(context).decode(m.bytes());
            if (decoded.isLeft()) {
                return Either.left(m.message().msgType() + " does not decode: " + decoded.getLeft().describe());
            }
            if (!Handshake.codec(context).encode(decoded.get()).map(m.bytes()::equals).getOrElse(false)) {
                return Either.left(m.message().msgType() + " does not re-encode to its " + m.bytes().size() + " bytes");
            }
            completed = completed.append(decoded.get());
        }
        return Either.right(new Step(completed, new CaptureHandshakeReader(r.leftover(), context)));
    }
}
