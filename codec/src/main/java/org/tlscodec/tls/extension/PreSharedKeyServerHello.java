package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * pre_shared_key in ServerHello: {@code uint16 selected_identity;} (RFC 8446 section 4.2.11), the
 * 0-based index of the client's identity the server accepted.
 */
public record PreSharedKeyServerHello(int selectedIdentity) implements Extension {
    public static final Codec<PreSharedKeyServerHello> CODEC = struct(
            field("selected_identity", uint16(), PreSharedKeyServerHello::selectedIdentity),
            PreSharedKeyServerHello::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.PRE_SHARED_KEY;
    }
}
