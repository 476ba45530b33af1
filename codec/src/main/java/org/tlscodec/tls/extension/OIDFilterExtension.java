package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * oid_filters in CertificateRequest: {@code struct { OIDFilter filters<0..2^16-1>; } OIDFilterExtension;}
 * (RFC 8446 section 4.2.5). An empty list is allowed and means no filter.
 */
public record OIDFilterExtension(Vector<OIDFilter> filters) implements Extension {
    public static final Codec<OIDFilterExtension> CODEC = struct(
            field("filters", vector(2, OIDFilter.CODEC, 0, 0xffff), OIDFilterExtension::filters),
            OIDFilterExtension::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.OID_FILTERS;
    }
}
