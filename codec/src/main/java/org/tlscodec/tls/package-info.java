/**
 * Every TLS structure as a codec: {@code registry} (the IANA registries), {@code record} (the
 * record layer), {@code handshake} (handshake messages), {@code extension} (extensions),
 * {@code sslv2} (SSL 2.0 messages). {@link org.tlscodec.tls.WireContext} carries what the bytes
 * alone do not say.
 */
@NullMarked
package org.tlscodec.tls;

import org.jspecify.annotations.NullMarked;
