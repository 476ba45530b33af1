/** The bundled known-answer vectors and real captures, read as resources. */
@NullMarked
package org.tlscodec.vectors.data;

import org.jspecify.annotations.NullMarked;
