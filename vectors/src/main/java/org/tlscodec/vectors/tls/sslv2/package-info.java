/** Generators of SSL 2.0 messages. */
@NullMarked
package org.tlscodec.vectors.tls.sslv2;

import org.jspecify.annotations.NullMarked;
