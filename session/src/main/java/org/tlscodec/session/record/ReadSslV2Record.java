package org.tlscodec.session.record;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.tls.record.SSLv2Record;

/**
 * One SSL 2.0 record as the SSL 2.0 record step read it ({@link SslV2RecordLayer}). Nothing is
 * dropped: an encrypted record whose keys are unknown keeps its bytes; a record that failed
 * (a MAC that does not match, a message that does not decode) carries the error.
 *
 * @param record          the record as split from the stream (header form, padding count, data)
 * @param protectedRecord the sender's records were encrypted when it came
 * @param decrypted       it was encrypted and opened (MAC checked)
 * @param plaintext       ACTUAL-DATA: the record's data without MAC and padding, when known
 * @param contents        the SSL 2.0 message it carried (or, for a version-2 CLIENT-HELLO offering TLS, the TLS ClientHello it stands for), or application data
 * @param error           why the record failed
 */
public record ReadSslV2Record(SSLv2Record record, boolean protectedRecord, boolean decrypted, Option<Bytes> plaintext,
                              Vector<RecordContent> contents, Option<SessionError> error) {

    static ReadSslV2Record opaque(SSLv2Record record, boolean protectedRecord) {
        return new ReadSslV2Record(record, protectedRecord, false, Option.none(), Vector.empty(), Option.none());
    }

    ReadSslV2Record withPlaintext(boolean opened, Bytes actualData) {
        return new ReadSslV2Record(record, protectedRecord, opened, Option.some(actualData), contents, error);
    }

    ReadSslV2Record withContent(RecordContent c) {
        return new ReadSslV2Record(record, protectedRecord, decrypted, plaintext, contents.append(c), error);
    }

    ReadSslV2Record withError(SessionError e) {
        return new ReadSslV2Record(record, protectedRecord, decrypted, plaintext, contents, error.orElse(Option.some(e)));
    }
}
