/**
 * Prototypes of changes to the codec core, built here from its public service interface
 * ({@link org.tlscodec.codec.ByteReader}, {@link org.tlscodec.codec.ByteWriter}) so that each
 * suggestion in bench/README.md comes with a measurement. Nothing outside bench uses them; if the
 * core adopts a suggestion, its prototype here should go.
 */
@NullMarked
package org.tlscodec.bench.prototype;

import org.jspecify.annotations.NullMarked;
