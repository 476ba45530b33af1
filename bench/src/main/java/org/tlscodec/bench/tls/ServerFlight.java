package org.tlscodec.bench.tls;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.Decoded;
import org.tlscodec.codec.Path;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.Handshake;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.handshake.ServerHelloDone;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.ContentType;

/**
 * A TLS 1.2 server's first flight, ServerHello to ServerHelloDone (RFC 5246 section 7.3), as the
 * records that carried it. {@link #decode} and {@link #encode} are the combinator side of the
 * benchmark: nothing but the library's codecs ({@link TLSPlaintext#CODEC},
 * {@link Handshake#codec}) through their public API, with the context a reader must carry: the
 * ServerHello is read before anything is negotiated, the rest in the version and suite it chose.
 * Messages split across records are not joined: the bench inputs have none.
 */
public record ServerFlight(Vector<HandshakeRecord> records) {

    /** Every message of the flight, in order. */
    public Vector<HandshakeMessage> messages() {
        return records.flatMap(HandshakeRecord::messages);
    }

    /** The flight from its records' bytes, which must end with the record that ends with ServerHelloDone. */
    public static Either<CodecError, ServerFlight> decode(Bytes wire) {
        List<HandshakeRecord> records = new ArrayList<>(4);
        WireContext ctx = WireContext.initial();
        Bytes rest = wire;
        boolean done = false;
        while (!done) {
            int at = wire.size() - rest.size();
            Either<CodecError, Decoded<TLSPlaintext>> record = TLSPlaintext.CODEC.decodePrefix(rest);
            if (record.isLeft()) {
                return Either.left(record.getLeft());
            }
            TLSPlaintext plaintext = record.get().value();
            rest = record.get().remainder();
            if (!plaintext.type().equals(ContentType.HANDSHAKE)) {
                return Either.left(new CodecError.Invalid(Path.of("record"), at, "a " + plaintext.type() + " record inside the flight"));
            }
            List<HandshakeMessage> messages = new ArrayList<>(1);
            Bytes fragment = plaintext.fragment();
            while (!fragment.isEmpty()) {
                Either<CodecError, Decoded<HandshakeMessage>> message = Handshake.codec(ctx).decodePrefix(fragment);
                if (message.isLeft()) {
                    return Either.left(message.getLeft());
                }
                HandshakeMessage m = message.get().value();
                fragment = message.get().remainder();
                messages.add(m);
                if (m instanceof ServerHello hello) {
                    ctx = WireContext.negotiated(hello.negotiatedVersion(), hello.cipherSuite());
                }
                done = m instanceof ServerHelloDone;
            }
            records.add(new HandshakeRecord(plaintext.legacyRecordVersion(), Vector.ofAll(messages)));
        }
        if (!rest.isEmpty()) {
            return Either.left(new CodecError.TrailingBytes(Path.root(), wire.size() - rest.size(), rest.size()));
        }
        return Either.right(new ServerFlight(Vector.ofAll(records)));
    }

    /** The flight's bytes: each message in the context of the messages before it, each record around its messages. */
    public static Either<CodecError, Bytes> encode(ServerFlight flight) {
        WireContext ctx = WireContext.initial();
        List<Bytes> encoded = new ArrayList<>(flight.records().size());
        int total = 0;
        for (HandshakeRecord record : flight.records()) {
            Bytes fragment = Bytes.empty();
            for (HandshakeMessage m : record.messages()) {
                Codec<HandshakeMessage> codec = Handshake.codec(ctx);
                Either<CodecError, Bytes> message = codec.encode(m);
                if (message.isLeft()) {
                    return message;
                }
                fragment = fragment.isEmpty() ? message.get() : fragment.concat(message.get());
                if (m instanceof ServerHello hello) {
                    ctx = WireContext.negotiated(hello.negotiatedVersion(), hello.cipherSuite());
                }
            }
            Either<CodecError, Bytes> bytes = TLSPlaintext.CODEC.encode(
                    new TLSPlaintext(ContentType.HANDSHAKE, record.legacyRecordVersion(), fragment));
            if (bytes.isLeft()) {
                return bytes;
            }
            encoded.add(bytes.get());
            total += bytes.get().size();
        }
        // The public API joins Bytes by copying; one writer of the exact size copies each record once more.
        ByteWriter out = new ByteWriter(total);
        for (Bytes b : encoded) {
            out.writeBytes(b);
        }
        return Either.right(out.toBytes());
    }
}
