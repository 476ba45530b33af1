package org.tlscodec.bench.tls;

import io.vavr.collection.Vector;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * One plaintext record of content type handshake, with the messages its fragment holds, each
 * whole (RFC 5246 section 6.2.1): the fragment is not kept, since it is exactly the messages.
 *
 * @param legacyRecordVersion the record-layer version, as sent
 * @param messages            the handshake messages that fill the fragment, in order
 */
public record HandshakeRecord(ProtocolVersion legacyRecordVersion, Vector<HandshakeMessage> messages) {
}
