/**
 * The combinator core: {@link org.tlscodec.codec.Bytes}, {@link org.tlscodec.codec.Codec} and the
 * combinators of {@link org.tlscodec.codec.Codecs}, named after the presentation language of
 * RFC 8446 section 3.
 */
@NullMarked
package org.tlscodec.codec;

import org.jspecify.annotations.NullMarked;
