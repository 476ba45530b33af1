/**
 * The immutable TLS session and the state monad that threads it (DESIGN.md section 4): {@link org.tlscodec.session.state.TlsSession}, its per-direction {@link org.tlscodec.session.state.ConnState}s (RFC 5246 section 6.1, RFC 8446 section 7) and {@link org.tlscodec.session.state.State}, so that parsing and building a conversation share one definition of every step.
 */
@NullMarked
package org.tlscodec.session.state;

import org.jspecify.annotations.NullMarked;
