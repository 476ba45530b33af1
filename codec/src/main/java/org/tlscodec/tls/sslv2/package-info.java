/**
 * SSL 2.0 messages (draft-hickman-netscape-ssl-00, 1995): the record payloads, each starting with
 * its message type byte ({@link org.tlscodec.tls.sslv2.SSLv2Message}). The two- or three-byte
 * SSL 2.0 record header is the record layer's. Also read here: the SSLv2-format ClientHello that
 * TLS clients sent for backwards compatibility (RFC 5246 appendix E.2), with TLS suites among its
 * cipher kinds.
 */
@NullMarked
package org.tlscodec.tls.sslv2;

import org.jspecify.annotations.NullMarked;
