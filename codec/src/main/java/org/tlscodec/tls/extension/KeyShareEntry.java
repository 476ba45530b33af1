package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * {@code struct { NamedGroup group; opaque key_exchange<1..2^16-1>; } KeyShareEntry;} (RFC 8446
 * section 4.2.8). The key_exchange bytes stay opaque here: their form depends on the group
 * (section 4.2.8.1 and 4.2.8.2, and the hybrid drafts), which the crypto layer reads.
 */
public record KeyShareEntry(NamedGroup group, Bytes keyExchange) {
    public static final Codec<KeyShareEntry> CODEC = struct(
            field("group", NamedGroup.CODEC, KeyShareEntry::group),
            field("key_exchange", opaque(2, 1, 0xffff), KeyShareEntry::keyExchange),
            KeyShareEntry::new);
}
