package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.opaque16;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * {@code struct { opaque certificate_extension_oid<1..2^8-1>; opaque certificate_extension_values<0..2^16-1>; } OIDFilter;}
 * (RFC 8446 section 4.2.5): a certificate extension's OID (DER content octets) and the DER values
 * the server wants to see in it. Both stay bytes for the X.509 layer.
 */
public record OIDFilter(Bytes certificateExtensionOid, Bytes certificateExtensionValues) {
    public static final Codec<OIDFilter> CODEC = struct(
            field("certificate_extension_oid", opaque(1, 1, 0xff), OIDFilter::certificateExtensionOid),
            field("certificate_extension_values", opaque16(), OIDFilter::certificateExtensionValues),
            OIDFilter::new);
}
