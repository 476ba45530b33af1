package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque16;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * {@code struct { ECHConfigExtensionType type; opaque data<0..2^16-1>; } ECHConfigExtension;}
 * (draft-ietf-tls-esni-22 section 4.2): an extension of an ECHConfig, from its own IANA registry
 * (not the TLS one), none defined yet; kept as its code and bytes.
 */
public record EchConfigExtension(int type, Bytes data) {
    public static final Codec<EchConfigExtension> CODEC = struct(
            field("type", uint16(), EchConfigExtension::type),
            field("data", opaque16(), EchConfigExtension::data),
            EchConfigExtension::new);
}
