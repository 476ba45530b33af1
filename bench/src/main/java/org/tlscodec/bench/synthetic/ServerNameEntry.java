package org.tlscodec.bench.synthetic;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint8;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * {@code struct { uint8 name_type; opaque host<1..2^16-1>; }}: RFC 6066's ServerName with the
 * select on name_type flattened, since host_name(0) is the only type ever sent.
 */
public record ServerNameEntry(int nameType, Bytes host) {
    public static final Codec<ServerNameEntry> CODEC = struct(
            field("name_type", uint8(), ServerNameEntry::nameType),
            field("host_name", opaque(2, 1, 0xffff), ServerNameEntry::host),
            ServerNameEntry::new);
}
