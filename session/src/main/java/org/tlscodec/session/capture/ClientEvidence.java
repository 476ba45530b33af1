package org.tlscodec.session.capture;

/** How {@link TcpConnection} knows which side is the client, strongest first. */
public enum ClientEvidence {
    /** The client sent the SYN (RFC 9293 section 3.5). */
    SYN,
    /** No SYN was captured; the server sent the SYN-ACK. */
    SYN_ACK,
    /** No handshake was captured; the client's stream starts with a TLS ClientHello. */
    CLIENT_HELLO,
    /** Nothing else told: the client is the side that sent the connection's first captured packet. */
    FIRST_SENDER
}
