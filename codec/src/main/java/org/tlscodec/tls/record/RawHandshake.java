package org.tlscodec.tls.record;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * The framing every handshake message shares, RFC 8446 section 4 (RFC 5246 section 7.4):
 *
 * <pre>
 * struct {
 *     HandshakeType msg_type;    // handshake type
 *     uint24 length;             // remaining bytes in message
 *     select (Handshake.msg_type) { ... };
 * } Handshake;
 * </pre>
 *
 * <p>Here the body is kept undecoded: which structure it is depends on the message type and on
 * the connection's context (DESIGN.md section 3), and is decided later. {@code length} and the
 * body are one {@code opaque body<0..2^24-1>}, so a body that the input does not hold is
 * {@link org.tlscodec.codec.CodecError.Truncated} before anything is allocated, which is what
 * reassembly across records ({@link HandshakeReassembly}) relies on. A typed {@code Handshake}
 * select reuses the same framing as {@code select(HandshakeType.CODEC, ...).framed(3)}.
 *
 * @param msgType the message type, kept even when unregistered
 * @param body    the {@code length} bytes after the header
 */
public record RawHandshake(HandshakeType msgType, Bytes body) {

    /** msg_type and the uint24 length. */
    public static final int HEADER_LENGTH = 4;

    /** The greatest body the uint24 length can frame. */
    public static final int MAX_BODY_LENGTH = 0xffffff;

    /** {@code msg_type}, then the body behind its uint24 length. */
    public static final Codec<RawHandshake> CODEC = struct(
            field("msg_type", HandshakeType.CODEC, RawHandshake::msgType),
            field("body", opaque(3, 0, MAX_BODY_LENGTH), RawHandshake::body),
            RawHandshake::new);

    /** The value of the header's length field. */
    public int length() {
        return body.size();
    }

    /** The whole message's size, header included. */
    public int wireLength() {
        return HEADER_LENGTH + body.size();
    }
}
