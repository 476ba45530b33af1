/**
 * The laws every codec keeps, as property checks: for the combinators, for every TLS structure,
 * and for a user's own codecs.
 */
@NullMarked
package org.tlscodec.vectors.laws;

import org.jspecify.annotations.NullMarked;
