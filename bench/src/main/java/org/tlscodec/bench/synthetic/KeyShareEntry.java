package org.tlscodec.bench.synthetic;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/** {@code struct { NamedGroup group; opaque key_exchange<1..2^16-1>; } KeyShareEntry}. */
public record KeyShareEntry(int group, Bytes keyExchange) {
    public static final Codec<KeyShareEntry> CODEC = struct(
            field("group", uint16(), KeyShareEntry::group),
            field("key_exchange", opaque(2, 1, 0xffff), KeyShareEntry::keyExchange),
            KeyShareEntry::new);
}
