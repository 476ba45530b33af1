/**
 * Benchmarks on real handshake bytes: the RFC 8448 ClientHello and the first flight of a TLS 1.2
 * server from a capture, decoded and encoded by the library's codecs and by a hand-written
 * {@link java.nio.ByteBuffer} baseline that produces and consumes the very same values.
 */
@NullMarked
package org.tlscodec.bench.tls;

import org.jspecify.annotations.NullMarked;
