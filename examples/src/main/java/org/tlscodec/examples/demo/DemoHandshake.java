package org.tlscodec.examples.demo;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.framed;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint8;

import org.tlscodec.codec.Codec;

/**
 * DEMO: a handshake message whose body is always read as a ClientHello (RFC 8446 section 4). The
 * real {@code Handshake} selects the body by {@code msg_type}.
 *
 * <pre>
 * struct {
 *     HandshakeType msg_type;  // uint8
 *     uint24 length;
 *     ClientHello body;        // for this demo
 * } Handshake;
 * </pre>
 */
public record DemoHandshake(int msgType, DemoClientHello body) {

    public static final Codec<DemoHandshake> CODEC = struct(
            field("msg_type", uint8(), DemoHandshake::msgType),
            field("body", framed(3, DemoClientHello.CODEC), DemoHandshake::body),
            DemoHandshake::new);
}
