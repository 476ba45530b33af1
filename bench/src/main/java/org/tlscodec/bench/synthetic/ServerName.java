package org.tlscodec.bench.synthetic;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;

/** server_name-like (RFC 6066 section 3): {@code ServerName server_name_list<1..2^16-1>}. */
public record ServerName(Vector<ServerNameEntry> names) implements Extension {
    public static final int TYPE = 0;

    public static final Codec<ServerName> CODEC = struct(
            field("server_name_list", vector(2, ServerNameEntry.CODEC, 1, 0xffff), ServerName::names),
            ServerName::new);

    @Override
    public int type() {
        return TYPE;
    }
}
