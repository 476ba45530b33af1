package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/** key_share in ServerHello: {@code KeyShareEntry server_share;} (RFC 8446 section 4.2.8), the one share the server chose. */
public record KeyShareServerHello(KeyShareEntry serverShare) implements Extension {
    public static final Codec<KeyShareServerHello> CODEC = struct(
            field("server_share", KeyShareEntry.CODEC, KeyShareServerHello::serverShare),
            KeyShareServerHello::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.KEY_SHARE;
    }
}
