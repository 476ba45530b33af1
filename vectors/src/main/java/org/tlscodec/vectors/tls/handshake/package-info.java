/** Generators of handshake messages, per message and per context. */
@NullMarked
package org.tlscodec.vectors.tls.handshake;

import org.jspecify.annotations.NullMarked;
