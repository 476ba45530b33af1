package org.tlscodec.session.record;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.ContentType;

/**
 * One record as the record layer read it. Nothing is dropped: a protected record whose keys are
 * unknown keeps its bytes (opaque, {@code decrypted} false); a record that failed (bad_record_mac,
 * a message that does not decode) carries the error and whatever came out before the failure.
 *
 * @param record          the record as split from the stream (header and body as sent)
 * @param protectedRecord the record was protected by the sender's current state
 * @param decrypted       it was protected and opened
 * @param innerType       the real content type: the header's for plaintext, the opened one (TLS 1.3: TLSInnerPlaintext.type) otherwise
 * @param plaintext       the plaintext fragment, when there is one
 * @param contents        what the plaintext carried, decoded
 * @param error           why the record (or part of it) failed
 */
public record ReadRecord(TLSPlaintext record, boolean protectedRecord, boolean decrypted, Option<ContentType> innerType,
                         Option<Bytes> plaintext, Vector<RecordContent> contents, Option<SessionError> error) {

    ReadRecord withContent(RecordContent c) {
        return new ReadRecord(record, protectedRecord, decrypted, innerType, plaintext, contents.append(c), error);
    }

    ReadRecord withError(SessionError e) {
        return new ReadRecord(record, protectedRecord, decrypted, innerType, plaintext, contents, error.orElse(Option.some(e)));
    }
}
