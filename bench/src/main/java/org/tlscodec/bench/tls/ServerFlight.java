package org.tlscodec.bench.tls;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.Arrays;
import org.tlscodec.codec.ByteReader;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.CodecFailure;
import org.tlscodec.codec.Path;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.Handshake;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.handshake.ServerHelloDone;
import org.tlscodec.tls.record.RecordLimits;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * A TLS 1.2 server's first flight, ServerHello to ServerHelloDone (RFC 5246 section 7.3), as the
 * records that carried it. {@link #decode} and {@link #encode} are the combinator side of the
 * benchmark, written as a library user writes a record layer: a {@link Codec} of its own through
 * the service interface ({@link Codec#read}, {@link Codec#write}), one reader or one writer for the
 * whole flight, each record's header in the {@link TLSPlaintext} layout (RFC 5246 section 6.2.1:
 * type and version through their registries' codecs, the uint16 length reserved and patched) and
 * the messages read from and written into the record's region by {@link Handshake#codec}, with the
 * context a reader must carry: the ServerHello is read before anything is negotiated, the rest in
 * the version and suite it chose. No byte of a message is laid out by hand. Messages split across
 * records are not joined: the bench inputs have none.
 */
public record ServerFlight(Vector<HandshakeRecord> records) {

    /** The flight as its records' bytes; the public API ({@code decode}, {@code encode}) answers an {@code Either}. */
    public static final Codec<ServerFlight> CODEC = new Records();

    private static final int MAX_FRAGMENT = RecordLimits.TLS_PLAINTEXT.maxFragment();
    private static final Codec<HandshakeMessage> BEFORE_HELLO = Handshake.codec(WireContext.initial());

    /** Every message of the flight, in order. */
    public Vector<HandshakeMessage> messages() {
        return records.flatMap(HandshakeRecord::messages);
    }

    /** The flight from its records' bytes, which must end with the record that ends with ServerHelloDone. */
    public static Either<CodecError, ServerFlight> decode(Bytes wire) {
        return CODEC.decode(wire);
    }

    /** The flight's bytes: each message in the context of the messages before it, each record around its messages. */
    public static Either<CodecError, Bytes> encode(ServerFlight flight) {
        return CODEC.encode(flight);
    }

    /** The codec of the records, through the service interface; failures are {@link CodecFailure}s. */
    private static final class Records implements Codec<ServerFlight> {

        @Override
        public ServerFlight read(ByteReader in) {
            // Gathered in arrays of the exact size, which Vavr keeps as the vector's leaf (Object[]s,
            // so that a vector derived from them may hold any element).
            Object[] records = new Object[4];
            int count = 0;
            Codec<HandshakeMessage> messageCodec = BEFORE_HELLO;
            boolean done = false;
            while (!done) {
                int at = in.offset();
                ContentType type = ContentType.CODEC.read(in);
                if (!type.equals(ContentType.HANDSHAKE)) {
                    throw new CodecFailure(new CodecError.Invalid(Path.of("record"), at, "a " + type + " record inside the flight"));
                }
                ProtocolVersion version = ProtocolVersion.CODEC.read(in);
                int lengthAt = in.offset();
                int length = in.readUint16();
                if (length > MAX_FRAGMENT) {
                    throw in.lengthOutOfRange(lengthAt, 0, MAX_FRAGMENT, length).under("fragment");
                }
                int outer = in.enter(length);
                Object[] messages = new Object[1];
                int n = 0;
                while (!in.atLimit()) {
                    HandshakeMessage m = messageCodec.read(in);
                    if (n == messages.length) {
                        messages = Arrays.copyOf(messages, 2 * n);
                    }
                    messages[n++] = m;
                    if (m instanceof ServerHello hello) {
                        messageCodec = Handshake.codec(WireContext.negotiated(hello.negotiatedVersion(), hello.cipherSuite()));
                    }
                    done = m instanceof ServerHelloDone;
                }
                in.leave(outer);
                if (count == records.length) {
                    records = Arrays.copyOf(records, 2 * count);
                }
                records[count++] = new HandshakeRecord(version, vector(messages, n));
            }
            return new ServerFlight(vector(records, count));
        }

        @Override
        public void write(ByteWriter out, ServerFlight flight) {
            Codec<HandshakeMessage> messageCodec = BEFORE_HELLO;
            Vector<HandshakeRecord> records = flight.records();
            for (int r = 0; r < records.size(); r++) {
                HandshakeRecord record = records.get(r);
                ContentType.CODEC.write(out, ContentType.HANDSHAKE);
                ProtocolVersion.CODEC.write(out, record.legacyRecordVersion());
                int lengthAt = out.reserve(2);
                Vector<HandshakeMessage> messages = record.messages();
                for (int i = 0; i < messages.size(); i++) {
                    HandshakeMessage m = messages.get(i);
                    messageCodec.write(out, m);
                    if (m instanceof ServerHello hello) {
                        messageCodec = Handshake.codec(WireContext.negotiated(hello.negotiatedVersion(), hello.cipherSuite()));
                    }
                }
                int length = out.size() - lengthAt - 2;
                if (length > MAX_FRAGMENT) {
                    throw new CodecFailure(new CodecError.LengthOutOfRange(Path.of("fragment"), lengthAt, 0, MAX_FRAGMENT, length));
                }
                out.patch(lengthAt, 2, length);
            }
        }

        @Override
        public String toString() {
            return "ServerFlight(TLSPlaintext records of Handshake messages)";
        }

        @SuppressWarnings("unchecked")
        private static <T> Vector<T> vector(Object[] items, int n) {
            return (Vector<T>) Vector.of(n == items.length ? items : Arrays.copyOf(items, n));
        }
    }
}
