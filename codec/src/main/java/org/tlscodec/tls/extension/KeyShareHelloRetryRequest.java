package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * key_share in HelloRetryRequest: {@code NamedGroup selected_group;} (RFC 8446 section 4.2.8): the
 * group the client must send a share for in its second ClientHello.
 */
public record KeyShareHelloRetryRequest(NamedGroup selectedGroup) implements Extension {
    public static final Codec<KeyShareHelloRetryRequest> CODEC = struct(
            field("selected_group", NamedGroup.CODEC, KeyShareHelloRetryRequest::selectedGroup),
            KeyShareHelloRetryRequest::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.KEY_SHARE;
    }
}
