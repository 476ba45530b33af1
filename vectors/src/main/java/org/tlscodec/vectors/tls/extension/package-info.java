/** Generators of TLS extensions, per message. */
@NullMarked
package org.tlscodec.vectors.tls.extension;

import org.jspecify.annotations.NullMarked;
