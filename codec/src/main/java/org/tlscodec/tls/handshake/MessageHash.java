package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * The synthetic message_hash (RFC 8446 section 4.4.1): after a HelloRetryRequest the transcript
 * replaces ClientHello1 with a message of type 254 whose body is Hash(ClientHello1). It is never
 * sent; it exists so the transcript can be written with the same framing. The body is the whole
 * hash, whose length the suite decides, so it is read to the end of the frame.
 */
public record MessageHash(Bytes hash) implements HandshakeMessage {
    public static final Codec<MessageHash> CODEC = struct(
            field("hash", remaining(), MessageHash::hash),
            MessageHash::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.MESSAGE_HASH;
    }
}
