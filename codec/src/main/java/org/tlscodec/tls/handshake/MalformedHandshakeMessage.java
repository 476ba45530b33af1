package org.tlscodec.tls.handshake;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * In lenient contexts only: a known message whose body did not decode. It keeps the body (written
 * back exactly) and the error, so a dissector goes on to the next message.
 */
public record MalformedHandshakeMessage(HandshakeType msgType, Bytes body, CodecError error) implements HandshakeMessage {
}
