package org.tlscodec.session.conversation;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.record.RecordContent;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * One record of a dissected conversation.
 *
 * @param index           the record's place in the conversation, from 0, in the order the records completed
 * @param sender          the side that sent it
 * @param offset          the offset of its header in the sender's byte stream
 * @param type            the header's content type (TLS 1.3 protected: the opaque type 23)
 * @param version         the header's version
 * @param length          the header's length
 * @param protectedRecord whether the sender's keys protected it
 * @param decrypted       whether it was opened
 * @param innerType       the real content type, once known
 * @param contents        the decoded messages, alerts, ChangeCipherSpecs, application data
 * @param error           why the record (or part of it) could not be read, in words
 */
public record DissectedRecord(int index, ConnectionEnd sender, long offset, ContentType type, ProtocolVersion version, int length,
                              boolean protectedRecord, boolean decrypted, Option<ContentType> innerType, Vector<RecordContent> contents,
                              Option<String> error) {

    /** The record's plaintext again: its contents' bytes joined ({@link RecordContent#plaintext}). */
    public Bytes plaintext() {
        return Bytes.concatAll(contents.map(RecordContent::plaintext));
    }
}
