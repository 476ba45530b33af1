/**
 * A synthetic structure of the shape of a TLS 1.3 ClientHello (RFC 8446 section 4.1.2) in its
 * handshake header, declared once with the combinators: records and their codecs side by side.
 * It is not the library's ClientHello; it exists so that the benchmarks compare the combinators
 * with a hand-written parser of exactly the same structure and values.
 */
@NullMarked
package org.tlscodec.bench.synthetic;

import org.jspecify.annotations.NullMarked;
