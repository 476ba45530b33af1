package org.tlscodec.tls.record;

/**
 * One record of a byte stream, with where it began ({@link RecordStream}): a TLS record, or an
 * SSL 2.0 record where the stream opened in that format.
 */
public sealed interface StreamRecord {

    /** The offset of the record's first header byte in the stream. */
    int offset();

    /** The record's size on the wire, header included. */
    int wireLength();

    /** The offset just past the record. */
    default int end() {
        return offset() + wireLength();
    }

    /** A TLS record (any content type, protected or not: its body is not interpreted here). */
    record Tls(int offset, TLSPlaintext record) implements StreamRecord {
        @Override
        public int wireLength() {
            return record.wireLength();
        }
    }

    /** An SSL 2.0 record. */
    record SSLv2(int offset, SSLv2Record record) implements StreamRecord {
        @Override
        public int wireLength() {
            return record.wireLength();
        }
    }
}
