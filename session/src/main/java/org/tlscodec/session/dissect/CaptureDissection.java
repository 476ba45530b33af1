package org.tlscodec.session.dissect;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.session.capture.CaptureFormat;
import org.tlscodec.session.capture.CaptureNote;

/**
 * A capture dissected: its format, its TLS connections in the order of their first packet, the
 * errors that belong to no connection (the file cut short, a packet that could not be read, a
 * secret that could not be read), the reader's notes, and whether the file carried its own key log
 * (pcapng Decryption Secrets Blocks, used with no flag). Whatever could be read is here beside the
 * errors.
 *
 * @param format           libpcap or pcapng (none when the file is not a capture)
 * @param connections      the connections that carry TLS, with their records
 * @param errors           file, packet and secret errors
 * @param notes            what the capture reader noted (frames of other link types, IP fragments, ...)
 * @param carriedKeyLog    true when the file's Decryption Secrets Blocks held a key log
 */
public record CaptureDissection(Option<CaptureFormat> format, Vector<ConnectionDissection> connections, Vector<DissectError> errors,
                                Vector<CaptureNote> notes, boolean carriedKeyLog) {

    /** Every error: the capture's, then each connection's in order. */
    public Vector<DissectError> allErrors() {
        return errors.appendAll(connections.flatMap(ConnectionDissection::errors));
    }

    /** True when nothing failed anywhere. */
    public boolean clean() {
        return allErrors().isEmpty();
    }

    /** True when every protected record of every connection was opened. */
    public boolean allDecrypted() {
        return connections.forAll(ConnectionDissection::allDecrypted);
    }
}
