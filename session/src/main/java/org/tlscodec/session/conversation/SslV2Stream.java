package org.tlscodec.session.conversation;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.Decoded;
import org.tlscodec.tls.record.RecordStream;
import org.tlscodec.tls.record.SSLv2Record;
import org.tlscodec.tls.record.StreamRecord;

/**
 * The rest of a side's stream once it has spoken SSL 2.0 (the SSL 2.0 draft, "SSL Record
 * Header"). {@link RecordStream#split} recognises SSL 2.0 only from a stream's first record (a
 * CLIENT-HELLO, SERVER-HELLO or ERROR); the bytes that come later, in later chunks, are SSL 2.0
 * records too (encrypted ones start with any byte), until a record whose first byte has the high
 * bit clear and whose second byte is 3, the major version of SSL 3.0 and TLS (RFC 5246 appendix
 * E.2: the peers moved on to TLS): from there the stream is TLS, split by {@link RecordStream}.
 */
final class SslV2Stream {
    private SslV2Stream() {
    }

    /** Splits {@code stream}, whose first record is an SSL 2.0 one unless it is a TLS record. */
    static RecordStream split(Bytes stream) {
        Vector<StreamRecord> records = Vector.empty();
        int at = 0;
        while (at < stream.size()) {
            Bytes rest = stream.drop(at);
            if (rest.size() >= 2 && RecordStream.isTlsAfterSslV2(rest.get(0), rest.get(1))) {
                RecordStream tls = RecordStream.split(rest);
                int base = at;
                return new RecordStream(records.appendAll(tls.records().map(r -> shifted(r, base))), tls.leftover(), tls.error());
            }
            Either<CodecError, Decoded<SSLv2Record>> next = SSLv2Record.CODEC.decodePrefix(rest);
            if (next.isLeft()) {
                return new RecordStream(records, rest, Option.some(next.getLeft()));
            }
            records = records.append(new StreamRecord.SSLv2(at, next.get().value()));
            at += next.get().value().wireLength();
        }
        return new RecordStream(records, Bytes.empty(), Option.none());
    }

    private static StreamRecord shifted(StreamRecord r, int by) {
        return r instanceof StreamRecord.Tls t ? new StreamRecord.Tls(t.offset() + by, t.record())
                : new StreamRecord.SSLv2(r.offset() + by, ((StreamRecord.SSLv2) r).record());
    }
}
