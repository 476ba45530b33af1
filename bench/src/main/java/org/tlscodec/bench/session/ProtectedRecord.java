package org.tlscodec.bench.session;

import org.tlscodec.codec.Bytes;
import org.tlscodec.session.state.ConnectionEnd;

/**
 * One application_data record the generator sealed (RFC 8446 section 5.2), as it went on the wire,
 * with what the baseline needs to open it and what it must open to.
 *
 * @param sender    the side that sent it (whose application traffic key protects it)
 * @param sequence  its sequence number under that key (RFC 8446 section 5.3)
 * @param record    the whole record: the 5-byte header (the additional data) and the encrypted_record
 * @param plaintext the application data sealed in it
 */
public record ProtectedRecord(ConnectionEnd sender, long sequence, Bytes record, Bytes plaintext) {
}
