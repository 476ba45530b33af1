/**
 * Handshake messages (RFC 8446 section 4, RFC 5246 section 7.4 and the RFCs that add messages),
 * each a record with its codec, and {@link org.tlscodec.tls.handshake.Handshake}, the
 * {@code msg_type} + {@code uint24 length} framing that selects among them. Where the bytes of a
 * message depend on what was negotiated (version, cipher suite, certificate type), its codec is a
 * function of {@link org.tlscodec.tls.WireContext}; where that is not known yet, the message stays
 * a {@link org.tlscodec.tls.handshake.RawHandshakeMessage}.
 */
@NullMarked
package org.tlscodec.tls.handshake;

import org.jspecify.annotations.NullMarked;
