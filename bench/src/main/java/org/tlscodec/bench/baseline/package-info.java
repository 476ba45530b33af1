/**
 * The yardstick: a parser and a writer of the synthetic ClientHello written by hand over
 * {@link java.nio.ByteBuffer}, making exactly the values the combinators make.
 */
@NullMarked
package org.tlscodec.bench.baseline;

import org.jspecify.annotations.NullMarked;
