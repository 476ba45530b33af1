package org.tlscodec.bench.synthetic;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.framed;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint8;

import org.tlscodec.codec.Codec;

/**
 * The handshake header of RFC 8446 section 4: {@code uint8 msg_type; uint24 length; body}. The
 * body here is always the synthetic ClientHello, so the type is a plain field, not a select.
 */
public record Handshake(int msgType, ClientHello body) {
    /** {@code client_hello(1)}. */
    public static final int CLIENT_HELLO = 1;

    public static final Codec<Handshake> CODEC = struct(
            field("msg_type", uint8(), Handshake::msgType),
            field("body", framed(3, ClientHello.CODEC), Handshake::body),
            Handshake::new);
}
