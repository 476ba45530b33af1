package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * key_share in ClientHello: {@code KeyShareEntry client_shares<0..2^16-1>;} (RFC 8446 section
 * 4.2.8). May be empty: a client that wants the server to pick sends none and expects a
 * HelloRetryRequest.
 */
public record KeyShareClientHello(Vector<KeyShareEntry> clientShares) implements Extension {
    public static final Codec<KeyShareClientHello> CODEC = struct(
            field("client_shares", vector(2, KeyShareEntry.CODEC, 0, 0xffff), KeyShareClientHello::clientShares),
            KeyShareClientHello::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.KEY_SHARE;
    }
}
