package org.tlscodec.tls.handshake;

import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * A handshake message kept as its body bytes: its type is unknown, or its form depends on
 * something the context does not know yet (a ServerKeyExchange before the suite is known, a
 * Certificate before the version is). Re-encodes byte for byte; it can be decoded later with a
 * better context.
 */
public record RawHandshakeMessage(HandshakeType msgType, Bytes body) implements HandshakeMessage {
}
