package org.tlscodec.tls.record;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.tlscodec.codec.ByteReader;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.CodecFailure;
import org.tlscodec.codec.Path;
import org.tlscodec.codec.Rendered;

/**
 * One direction of a connection (the bytes one side sent over TCP) split into records, and
 * joined back. Records are self-delimiting (RFC 8446 section 5.1: a five-byte header whose
 * length says where the next one starts), so the split needs no context; each record keeps its
 * offset in the stream and its body undecoded.
 *
 * <p>Nothing is lost: where the stream ends in the middle of a record (the capture stopped, or
 * more bytes are still to come), every complete record before it is kept, the tail is kept in
 * {@link #leftover()}, and {@link #error()} is {@link CodecError.Truncated} for it. A record that
 * breaks the {@link RecordLimits} in force ends the split the same way, with
 * {@link CodecError.LengthOutOfRange}. So {@code join(split(s)) == s} for every stream {@code s}.
 *
 * <p><b>SSL 2.0.</b> Clients that want to reach SSL 2.0 servers open with a version-2
 * ClientHello (RFC 5246 appendix E.2; real clients and Scapy's tests send one): a 2-byte SSL 2.0
 * header (high bit set) whose first data byte is the message type CLIENT-HELLO (1). A stream that
 * opens that way (or with an SSL 2.0 SERVER-HELLO (4) or ERROR (0), a server's first message) is
 * split as SSL 2.0 records ({@link StreamRecord.SSLv2}). After the first record a record with the
 * high bit set is again SSL 2.0 (2-byte header); one with it clear is a TLS record when its
 * second byte is 3 (the major version of SSL 3.0 and every TLS: the peers moved on to TLS, as
 * after a compatible hello), and the rest of the stream is TLS; otherwise it is SSL 2.0 with a
 * 3-byte header. A stream that does not open in SSL 2.0 is TLS throughout: a TLS record never
 * has its first byte's high bit set (content types are below 128), and if one does it is kept as
 * an unregistered content type.
 *
 * <p>{@link #CODEC} is this split and join as a codec over the whole stream: decoding never
 * fails (the failure is in the value) and re-encodes byte for byte.
 *
 * @param records  the complete records, in stream order
 * @param leftover the bytes from the first record that could not be split to the end; empty when the stream ended on a record boundary
 * @param error    why the leftover could not be split: {@link CodecError.Truncated} for a record cut short
 */
public record RecordStream(Vector<StreamRecord> records, Bytes leftover, Option<CodecError> error) {

    /**
     * Split and join with any record length the header can hold ({@link RecordLimits#OVERSIZE_ALLOWED}):
     * before the keys are known a record may be protected or not, and a dissector keeps an
     * oversize record rather than stop at it.
     */
    public static final Codec<RecordStream> CODEC = new RecordStreamCodec(RecordLimits.OVERSIZE_ALLOWED);

    /** Split and join with TLS records bounded by {@code limits}. */
    public static Codec<RecordStream> codec(RecordLimits limits) {
        return limits.equals(RecordLimits.OVERSIZE_ALLOWED) ? CODEC : new RecordStreamCodec(limits);
    }

    /** Splits a stream into records of any length the header can hold; never fails, loses nothing. */
    public static RecordStream split(Bytes stream) {
        return split(stream, RecordLimits.OVERSIZE_ALLOWED);
    }

    /**
     * Splits a stream into records bounded by {@code limits}: a record over the bound ends the
     * split with {@link CodecError.LengthOutOfRange} and the rest of the stream as leftover.
     */
    public static RecordStream split(Bytes stream, RecordLimits limits) {
        return codec(limits).decode(stream)
                .getOrElseGet(e -> new RecordStream(Vector.empty(), stream, Option.some(e)));
    }

    /** The stream again: every record, then the leftover. */
    public Either<CodecError, Bytes> join() {
        return CODEC.encode(this);
    }

    /** The bytes of TLS records, one after the other, each checked against {@code limits}. */
    public static Either<CodecError, Bytes> join(Seq<TLSPlaintext> records, RecordLimits limits) {
        Vector<StreamRecord> entries = Vector.empty();
        int offset = 0;
        for (TLSPlaintext r : records) {
            entries = entries.append(new StreamRecord.Tls(offset, r));
            offset += r.wireLength();
        }
        return codec(limits).encode(new RecordStream(entries, Bytes.empty(), Option.none()));
    }

    /** True when the stream ended exactly after its last record. */
    public boolean isComplete() {
        return error.isEmpty() && leftover.isEmpty();
    }

    /** True when the stream ended in the middle of a record: more bytes may complete it. */
    public boolean endsMidRecord() {
        return error.exists(CodecError::needsMoreInput);
    }

    /** The TLS records, without their offsets. */
    public Vector<TLSPlaintext> tlsRecords() {
        return records.flatMap(r -> r instanceof StreamRecord.Tls t ? Option.some(t.record()) : Option.none());
    }

    /** The SSL 2.0 records, without their offsets. */
    public Vector<SSLv2Record> sslv2Records() {
        return records.flatMap(r -> r instanceof StreamRecord.SSLv2 s ? Option.some(s.record()) : Option.none());
    }

    /**
     * True when {@code stream} opens with a version-2 ClientHello: a 2-byte SSL 2.0 header (high
     * bit set) and the message type CLIENT-HELLO (1) in the first data byte.
     */
    public static boolean startsWithSSLv2ClientHello(Bytes stream) {
        return stream.size() >= 3 && (stream.get(0) & 0x80) != 0 && stream.get(2) == SSLv2Record.MT_CLIENT_HELLO;
    }

    /**
     * True when a stream whose first bytes are {@code first} and {@code third} (unsigned; -1 when
     * not there) opens with an SSL 2.0 record: a 2-byte header (high bit set) and a version-2
     * CLIENT-HELLO, SERVER-HELLO or ERROR. {@link #split} reads such a stream's records as SSL 2.0
     * ones until {@link #isTlsAfterSslV2}.
     */
    public static boolean opensInSslV2(int first, int third) {
        return first >= 0x80 && (third == SSLv2Record.MT_CLIENT_HELLO || third == SSLv2Record.MT_SERVER_HELLO
                || third == SSLv2Record.MT_ERROR);
    }

    /**
     * True when, after SSL 2.0 records, the record whose first bytes are {@code first} and
     * {@code second} is a TLS one: high bit clear and a major version of 3 (SSL 3.0 and TLS; RFC 5246
     * appendix E.2, the peers moved on to TLS).
     */
    public static boolean isTlsAfterSslV2(int first, int second) {
        return first >= 0 && first < 0x80 && second == 3;
    }

    private static final class RecordStreamCodec implements Codec<RecordStream> {
        private final Codec<TLSPlaintext> tls;

        RecordStreamCodec(RecordLimits limits) {
            this.tls = TLSPlaintext.codec(limits);
        }

        @Override
        public RecordStream read(ByteReader in) {
            List<StreamRecord> records = new ArrayList<>();
            boolean sslv2 = opensInSSLv2(in);
            while (!in.atLimit()) {
                int start = in.offset();
                long mark = in.mark();
                int depth = in.depth();
                try {
                    if (sslv2 && !nextIsTls(in)) {
                        records.add(new StreamRecord.SSLv2(start, SSLv2Record.CODEC.read(in)));
                    } else {
                        sslv2 = false;
                        records.add(new StreamRecord.Tls(start, tls.read(in)));
                    }
                } catch (CodecFailure f) {
                    return stop(in, records, mark, depth, f.underIndex(records.size()).under("records").error());
                } catch (RuntimeException e) {
                    return stop(in, records, mark, depth, new CodecError.Unexpected(
                            Path.root().under("records").underIndex(records.size()), start, "codec raised " + e));
                }
            }
            return new RecordStream(Vector.ofAll(records), Bytes.empty(), Option.none());
        }

        private static RecordStream stop(ByteReader in, List<StreamRecord> records, long mark, int depth, CodecError error) {
            in.restore(mark, depth);
            return new RecordStream(Vector.ofAll(records), in.readRemaining(), Option.some(error));
        }

        private static boolean opensInSSLv2(ByteReader in) {
            return opensInSslV2(peek(in, 0), peek(in, 2));
        }

        private static boolean nextIsTls(ByteReader in) {
            return isTlsAfterSslV2(peek(in, 0), peek(in, 1));
        }

        /** The byte {@code k} ahead of the cursor, or -1 past the limit; reads nothing. */
        private static int peek(ByteReader in, int k) {
            if (in.remaining() <= k) {
                return -1;
            }
            long mark = in.mark();
            int depth = in.depth();
            if (k > 0) {
                in.readBytes(k);
            }
            int b = in.readUint8();
            in.restore(mark, depth);
            return b;
        }

        @Override
        public void write(ByteWriter out, RecordStream value) {
            int i = 0;
            for (StreamRecord r : value.records()) {
                try {
                    if (r instanceof StreamRecord.Tls t) {
                        tls.write(out, t.record());
                    } else {
                        SSLv2Record.CODEC.write(out, ((StreamRecord.SSLv2) r).record());
                    }
                } catch (CodecFailure f) {
                    throw f.underIndex(i).under("records");
                }
                i++;
            }
            out.writeBytes(value.leftover());
        }

        @Override
        public Rendered render(RecordStream value) {
            Vector<Rendered> items = value.records().map(r -> {
                Rendered body = r instanceof StreamRecord.Tls t ? tls.render(t.record())
                        : SSLv2Record.CODEC.render(((StreamRecord.SSLv2) r).record());
                Vector<Tuple2<String, Rendered>> fields = Vector.of(Tuple.of("offset", new Rendered.Number(r.offset())));
                if (body instanceof Rendered.Fields f) {
                    fields = fields.appendAll(f.fields());
                } else {
                    fields = fields.append(Tuple.of("record", body));
                }
                return new Rendered.Fields(fields);
            });
            return new Rendered.Fields(Vector.of(
                    Tuple.of("records", new Rendered.Items(items)),
                    Tuple.of("leftover", Rendered.of(value.leftover())),
                    Tuple.of("error", value.error().isDefined()
                            ? new Rendered.Text(value.error().get().kind() + ": " + value.error().get().describe())
                            : new Rendered.Absent())));
        }

        @Override
        public String toString() {
            return "RecordStream(records of " + tls + " or SSLv2Record, then leftover)";
        }
    }
}
