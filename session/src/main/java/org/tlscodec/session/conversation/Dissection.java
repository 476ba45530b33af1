package org.tlscodec.session.conversation;

import io.vavr.collection.Vector;
import org.tlscodec.session.state.TlsSession;

/**
 * A dissected conversation: every record, the session at the end, the summary, and what could not
 * be read as records at all (a stream that ended inside a record: its bytes are counted here).
 */
public record Dissection(Vector<DissectedRecord> records, TlsSession session, ConversationSummary summary, Vector<String> streamErrors) {
}
