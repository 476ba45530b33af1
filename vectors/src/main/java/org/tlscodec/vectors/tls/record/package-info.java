/**
 * Generators for the record layer of {@code org.tlscodec.tls.record}: one per structure, valid by
 * construction (every RFC bound respected), with registry-typed fields mostly registered codes and
 * sometimes arbitrary ones, and sizes mostly small with the bounds themselves hit now and then.
 */
@NullMarked
package org.tlscodec.vectors.tls.record;

import org.jspecify.annotations.NullMarked;
