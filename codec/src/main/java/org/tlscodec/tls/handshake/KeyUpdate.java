package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.KeyUpdateRequest;

/**
 * KeyUpdate (RFC 8446 section 4.6.3): {@code KeyUpdateRequest request_update;}. The request is an
 * open value: an unknown code is kept (the receiver must answer it with an alert, which is not
 * the codec's business).
 */
public record KeyUpdate(KeyUpdateRequest requestUpdate) implements HandshakeMessage {
    public static final Codec<KeyUpdate> CODEC = struct(
            field("request_update", KeyUpdateRequest.CODEC, KeyUpdate::requestUpdate),
            KeyUpdate::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.KEY_UPDATE;
    }
}
