package org.tlscodec.bench.synthetic;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;

/** supported_groups-like (RFC 8446 section 4.2.7): {@code NamedGroup named_group_list<2..2^16-1>}. */
public record SupportedGroups(Vector<Integer> groups) implements Extension {
    public static final int TYPE = 10;

    public static final Codec<SupportedGroups> CODEC = struct(
            field("named_group_list", vector(2, uint16(), 2, 0xffff), SupportedGroups::groups),
            SupportedGroups::new);

    @Override
    public int type() {
        return TYPE;
    }
}
