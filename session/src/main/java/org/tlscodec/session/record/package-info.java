/**
 * The record-layer step (RFC 8446 section 5, RFC 5246 section 6.2): records split from one direction's bytes with the codec's record codecs, opened or sealed with that direction's current {@link org.tlscodec.session.state.ConnState}, handshake messages put back together across records, and pending states made current on ChangeCipherSpec and at the TLS 1.3 key changes.
 */
@NullMarked
package org.tlscodec.session.record;

import org.jspecify.annotations.NullMarked;
