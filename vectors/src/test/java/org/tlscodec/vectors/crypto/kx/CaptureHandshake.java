package org.tlscodec.vectors.crypto.kx;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.Handshake;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.record.HandshakeReassembly;
import org.tlscodec.tls.record.ReassembledHandshake;
import org.tlscodec.tls.record.RecordStream;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.vectors.data.Captures;

/**
 * The plaintext handshake of one side of a captured connection, read with the record layer
 * ({@link RecordStream}, {@link HandshakeReassembly}) and decoded with the handshake codec. Up to
 * TLS 1.2 the plaintext ends at the side's ChangeCipherSpec; in TLS 1.3 at its first
 * application_data record (its ChangeCipherSpec is only for middleboxes).
 */
final class CaptureHandshake {
    private CaptureHandshake() {
    }

    /** The side's plaintext handshake messages, each with the bytes it was sent as. */
    static Vector<ReassembledHandshake> messages(String capture, int connection, Captures.Side side, boolean tls13) {
        Vector<TLSPlaintext> records = RecordStream.split(Captures.stream(capture, connection, side).get()).tlsRecords()
                .takeWhile(r -> !r.type().equals(ContentType.APPLICATION_DATA) && (tls13 || !r.type().equals(ContentType.CHANGE_CIPHER_SPEC)));
        HandshakeReassembly reassembly = HandshakeReassembly.reassemble(
                records.filter(r -> r.type().equals(ContentType.HANDSHAKE)).map(TLSPlaintext::fragment));
        assertThat(reassembly.isComplete()).as("%s %s handshake ends on a message boundary", capture, side).isTrue();
        return reassembly.messages();
    }

    /** A message decoded in a context; it must decode. */
    static HandshakeMessage decode(WireContext ctx, ReassembledHandshake message) {
        return Handshake.codec(ctx).decode(message.bytes()).getOrElseThrow(e -> new AssertionError(e.describe()));
    }
}
