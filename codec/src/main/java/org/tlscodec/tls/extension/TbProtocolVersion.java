package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint8;

import org.tlscodec.codec.Codec;

/**
 * {@code struct { uint8 major; uint8 minor; } TB_ProtocolVersion;} (RFC 8472 section 3): the Token
 * Binding protocol version, 1.0 for RFC 8471 (drafts used 0.x).
 */
public record TbProtocolVersion(int major, int minor) {
    public static final Codec<TbProtocolVersion> CODEC = struct(
            field("major", uint8(), TbProtocolVersion::major),
            field("minor", uint8(), TbProtocolVersion::minor),
            TbProtocolVersion::new);
}
