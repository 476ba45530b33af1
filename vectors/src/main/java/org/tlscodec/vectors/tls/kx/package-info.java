/** Generators of ServerKeyExchange and ClientKeyExchange, their parts, and the contexts that choose their shape. */
@NullMarked
package org.tlscodec.vectors.tls.kx;

import org.jspecify.annotations.NullMarked;
