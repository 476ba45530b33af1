package org.tlscodec.bench.synthetic;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;

/** key_share-like, as in a ClientHello (RFC 8446 section 4.2.8): {@code KeyShareEntry client_shares<0..2^16-1>}. */
public record KeyShare(Vector<KeyShareEntry> shares) implements Extension {
    public static final int TYPE = 51;

    public static final Codec<KeyShare> CODEC = struct(
            field("client_shares", vector(2, KeyShareEntry.CODEC, 0, 0xffff), KeyShare::shares),
            KeyShare::new);

    @Override
    public int type() {
        return TYPE;
    }
}
