package org.tlscodec.tls.record;

import org.tlscodec.codec.Bytes;

/**
 * One handshake message put back together from record fragments ({@link HandshakeReassembly}).
 *
 * @param message     the message type and its undecoded body
 * @param bytes       the message exactly as received, header and body: what the transcript hashes
 * @param firstRecord the index (in the fragments given) of the record holding its first byte
 * @param lastRecord  the index of the record holding its last byte; equal to {@code firstRecord}
 *                    when the message came in one record
 */
public record ReassembledHandshake(RawHandshake message, Bytes bytes, int firstRecord, int lastRecord) {

    /** How many records the message was spread over. */
    public int recordCount() {
        return lastRecord - firstRecord + 1;
    }

    /** True when the message came in more than one record. */
    public boolean isFragmented() {
        return lastRecord != firstRecord;
    }
}
