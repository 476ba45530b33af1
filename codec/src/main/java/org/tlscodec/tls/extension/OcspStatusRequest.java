package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.opaque16;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * {@code struct { ResponderID responder_id_list<0..2^16-1>; Extensions request_extensions; } OCSPStatusRequest;}
 * with {@code opaque ResponderID<1..2^16-1>;} and {@code opaque Extensions<0..2^16-1>;}
 * (RFC 6066 section 8; reused by RFC 6961 section 2.2). The responder IDs and the request
 * extensions are DER (RFC 6960) and stay as bytes: the X.509 layer reads them, and an empty
 * list means "the responders the server knows".
 */
public record OcspStatusRequest(Vector<Bytes> responderIdList, Bytes requestExtensions) {
    public static final Codec<OcspStatusRequest> CODEC = struct(
            field("responder_id_list", vector(2, opaque(2, 1, 0xffff), 0, 0xffff), OcspStatusRequest::responderIdList),
            field("request_extensions", opaque16(), OcspStatusRequest::requestExtensions),
            OcspStatusRequest::new);

    /** No responder named and no request extensions: what most clients send. */
    public static OcspStatusRequest empty() {
        return new OcspStatusRequest(Vector.empty(), Bytes.empty());
    }
}
