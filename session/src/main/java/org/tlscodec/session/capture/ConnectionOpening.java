package org.tlscodec.session.capture;

/**
 * What the reassembly has decided about a TCP connection when it hands out the connection's bytes
 * (see {@link ConnectionFold}): its number (from 0, in the order of each connection's first packet),
 * its client and server (RFC 9293 section 3.5: the side that sends the SYN opens the connection; see
 * {@link ClientEvidence} for captures without one), whether its bytes start like TLS, and the frame of
 * its first packet. The same values as the {@link TcpConnection} that {@link Capture#read} makes.
 */
public record ConnectionOpening(int number, Endpoint client, Endpoint server, ClientEvidence clientEvidence, boolean tls,
                                int firstFrame) {
}
