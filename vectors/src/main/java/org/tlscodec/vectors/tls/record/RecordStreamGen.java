package org.tlscodec.vectors.tls.record;

import io.vavr.Tuple;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.record.RecordStream;
import org.tlscodec.tls.record.SSLv2Record;
import org.tlscodec.tls.record.StreamRecord;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.vectors.gen.Gen;

/**
 * Generators of record streams ({@link RecordStream}): TLS records one after the other, streams
 * that open with an SSL 2.0 CLIENT-HELLO and may move on to TLS, and either of them cut at any
 * point, as a capture that stopped mid-record.
 */
public final class RecordStreamGen {
    private RecordStreamGen() {
    }

    /** TLS records for a stream: mostly small, sometimes up to the oversize limit. */
    public static Gen<TLSPlaintext> streamRecords() {
        return Gen.frequency(
                Tuple.of(9, TLSPlaintextGen.small(200)),
                Tuple.of(1, TLSPlaintextGen.anyLength()));
    }

    /**
     * The records of a TLS stream. The first record's type is below 128, as every registered
     * type is, so the stream cannot be mistaken for one opening in SSL 2.0.
     */
    public static Gen<Vector<TLSPlaintext>> tlsRecords() {
        return Gen.listOf(streamRecords(), 0, 8).map(rs -> rs.isEmpty() ? rs
                : rs.update(0, new TLSPlaintext(ContentType.of(rs.get(0).type().code() & 0x7f),
                        rs.get(0).legacyRecordVersion(), rs.get(0).fragment())));
    }

    /**
     * SSL 2.0 records that follow a CLIENT-HELLO: 2-byte headers, or 3-byte headers whose
     * second byte is not 3 (that would be a TLS record, see {@link RecordStream}).
     */
    public static Gen<SSLv2Record> laterSSLv2Records() {
        return Gen.oneOf(
                Gen.bytes(0, 100).map(SSLv2Record::twoByte),
                SSLv2RecordGen.threeByte().filter(r -> (r.data().size() & 0xff) != 3));
    }

    /** The records of a TLS stream, in stream order with their offsets. */
    public static Gen<Vector<StreamRecord>> tlsStream() {
        return tlsRecords().map(RecordStreamGen::withOffsets);
    }

    /**
     * A stream opening with an SSL 2.0 CLIENT-HELLO, then more SSL 2.0 records, then possibly TLS
     * records (the first with its high bit clear and a major version of 3, so the split sees the
     * move to TLS).
     */
    public static Gen<Vector<StreamRecord>> sslv2Stream() {
        Gen<Vector<TLSPlaintext>> tls = Gen.listOf(streamRecords(), 0, 4).map(rs -> rs.isEmpty() ? rs
                : rs.update(0, new TLSPlaintext(ContentType.of(rs.get(0).type().code() & 0x7f),
                        ProtocolVersion.of(0x0300 | rs.get(0).legacyRecordVersion().code() & 0xff), rs.get(0).fragment())));
        return Gen.zip(SSLv2RecordGen.clientHello(), Gen.listOf(laterSSLv2Records(), 0, 4), tls).map(t -> {
            Vector<Object> all = Vector.<Object>of(t._1).appendAll(t._2).appendAll(t._3);
            return withOffsetsOf(all);
        });
    }

    /** The bytes of a TLS or SSL 2.0 stream, complete. */
    public static Gen<Bytes> completeStreams() {
        return Gen.frequency(
                Tuple.of(4, tlsStream()),
                Tuple.of(1, sslv2Stream()))
                .map(RecordStreamGen::bytesOf);
    }

    /** The bytes of a stream, cut anywhere (possibly nowhere). */
    public static Gen<Bytes> cutStreams() {
        return completeStreams().flatMap(b -> Gen.ints(0, b.size()).map(b::take));
    }

    /** Streams as split: complete ones mostly, cut ones sometimes. */
    public static Gen<RecordStream> any() {
        return Gen.frequency(
                Tuple.of(3, completeStreams()),
                Tuple.of(2, cutStreams()))
                .map(RecordStream::split);
    }

    /** The bytes of records, one after the other. */
    public static Bytes bytesOf(Vector<StreamRecord> records) {
        return RecordStream.CODEC.encode(new RecordStream(records, Bytes.empty(), Option.none()))
                .getOrElseThrow(e -> new IllegalStateException("generated records do not encode: " + e.describe()));
    }

    private static Vector<StreamRecord> withOffsets(Vector<TLSPlaintext> records) {
        return withOffsetsOf(records.map(r -> (Object) r));
    }

    private static Vector<StreamRecord> withOffsetsOf(Vector<Object> records) {
        Vector<StreamRecord> out = Vector.empty();
        int offset = 0;
        for (Object r : records) {
            StreamRecord s = r instanceof TLSPlaintext p ? new StreamRecord.Tls(offset, p)
                    : new StreamRecord.SSLv2(offset, (SSLv2Record) r);
            out = out.append(s);
            offset += s.wireLength();
        }
        return out;
    }
}
