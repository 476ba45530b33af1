package org.tlscodec.bench.synthetic;

import static org.tlscodec.codec.Codecs.select;
import static org.tlscodec.codec.Codecs.uint16;

import org.tlscodec.codec.Codec;

/**
 * {@code struct { ExtensionType extension_type; opaque extension_data<0..2^16-1>; } Extension}
 * (RFC 8446 section 4.2), where three types have their body decoded as a nested structure and
 * every other type keeps its body raw, so it re-encodes byte for byte.
 *
 * <p>No default methods here: a record's initialisation would then initialise this interface,
 * whose {@link #CODEC} reads the records' codecs, a cycle that could see a null.
 */
public sealed interface Extension permits ServerName, SupportedGroups, KeyShare, UnknownExtension {

    /** The extension_type on the wire. */
    int type();

    Codec<Extension> CODEC = select(uint16(), Extension::type)
            .framed(2)
            .caseOf(ServerName.TYPE, "server_name", ServerName.class, ServerName.CODEC)
            .caseOf(SupportedGroups.TYPE, "supported_groups", SupportedGroups.class, SupportedGroups.CODEC)
            .caseOf(KeyShare.TYPE, "key_share", KeyShare.class, KeyShare.CODEC)
            .otherwise(UnknownExtension.class, UnknownExtension::new, UnknownExtension::data);
}
