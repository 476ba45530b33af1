package org.tlscodec.session.dissect;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.session.capture.Endpoint;
import org.tlscodec.session.conversation.ConversationSummary;
import org.tlscodec.session.conversation.DissectedRecord;
import org.tlscodec.session.conversation.Dissection;
import org.tlscodec.session.state.TlsSession;

/**
 * One TLS connection of a dissection: its number (the capture's: connections are numbered from 0
 * in the order of their first packet), its client and server endpoints (none when the bytes did
 * not come from a capture), the conversation read through the session steps, and every error met
 * on the way (reassembly, a stream cut inside a record, each failed record), in that order.
 *
 * @param number     the connection's number in its capture
 * @param client     the client's {@code ip:port}, when known
 * @param server     the server's {@code ip:port}, when known
 * @param dissection records, final session, summary
 * @param errors     what could not be read, each naming the connection
 */
public record ConnectionDissection(int number, Option<Endpoint> client, Option<Endpoint> server, Dissection dissection,
                                   Vector<DissectError> errors) {

    /** Every record, in the order the records completed. */
    public Vector<DissectedRecord> records() {
        return dissection.records();
    }

    /** Version, suite, SNI, ALPN, resumption, whether every protected record opened, counts. */
    public ConversationSummary summary() {
        return dissection.summary();
    }

    /** The session at the end of the connection. */
    public TlsSession session() {
        return dissection.session();
    }

    /** True when nothing failed: no reassembly trouble, no stream cut inside a record, no record error. */
    public boolean clean() {
        return errors.isEmpty();
    }

    /** True when every protected record was opened (vacuously true with no protected record). */
    public boolean allDecrypted() {
        return records().filter(DissectedRecord::protectedRecord).forAll(DissectedRecord::decrypted);
    }
}
