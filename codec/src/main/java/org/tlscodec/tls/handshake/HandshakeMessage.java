package org.tlscodec.tls.handshake;

import org.tlscodec.tls.registry.HandshakeType;

/**
 * The body of a {@code Handshake} (RFC 8446 section 4): every message answers the
 * {@code msg_type} it travels under. A HelloRetryRequest answers server_hello, since that is
 * what it is on the wire (RFC 8446 section 4.1.4).
 */
public interface HandshakeMessage {

    /** The {@code msg_type} of the framing this message travels in. */
    HandshakeType msgType();
}
