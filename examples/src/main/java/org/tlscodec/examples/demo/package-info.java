/**
 * A DEMO, not the library's TLS model: a few records with their codecs, enough to read the first
 * record of a ClientHello flight for {@code tlscodec demo}. They show how structures are declared
 * with the combinators of {@link org.tlscodec.codec.Codecs}. The real TLS structures, with typed
 * registries and every extension, belong to {@code org.tlscodec.tls.*} in the codec module.
 */
@NullMarked
package org.tlscodec.examples.demo;

import org.jspecify.annotations.NullMarked;
