package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * connection_id (54) and connection_id_deprecated (53) in ClientHello and ServerHello: {@code
 * struct { opaque cid<0..2^8-1>; } ConnectionId;} (RFC 9146 section 3): the CID each side wants to
 * receive in DTLS records, empty to use none while letting the peer use one. Code 53 was the
 * pre-RFC draft's, whose record format differs but whose extension bytes are the same; the record
 * keeps its type so both re-encode as they came.
 */
public record ConnectionId(ExtensionType type, Bytes cid) implements Extension {

    /** The codec under {@code type} (connection_id or connection_id_deprecated). */
    public static Codec<ConnectionId> codecFor(ExtensionType type) {
        return struct(field("cid", opaque(1, 0, 0xff), ConnectionId::cid), cid -> new ConnectionId(type, cid));
    }
}
