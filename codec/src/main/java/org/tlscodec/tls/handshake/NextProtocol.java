package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque8;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * NextProtocol of the NPN draft (draft-agl-tls-nextprotoneg-04 section 3):
 * {@code opaque selected_protocol<0..255>; opaque padding<0..255>;}. The padding hides the length
 * of the protocol name from an observer; it is kept as sent.
 */
public record NextProtocol(Bytes selectedProtocol, Bytes padding) implements HandshakeMessage {
    public static final Codec<NextProtocol> CODEC = struct(
            field("selected_protocol", opaque8(), NextProtocol::selectedProtocol),
            field("padding", opaque8(), NextProtocol::padding),
            NextProtocol::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.NEXT_PROTOCOL;
    }
}
