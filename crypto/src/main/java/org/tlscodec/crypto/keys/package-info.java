/**
 * From logged secrets to record protection: the key block of SSL 3.0 to TLS 1.2 (RFC 5246 section
 * 6.3, RFC 2246 section 6.3 for export suites, RFC 6101 section 6.2.2), the TLS 1.3 traffic keys
 * and their KeyUpdate successors (RFC 8446 sections 7.2 and 7.3), and the look-up of a connection's
 * secrets in an NSS key log. Pure functions over the derivations of
 * {@link org.tlscodec.crypto.kdf} and the record ciphers of {@link org.tlscodec.crypto.cipher}: this
 * package only chooses which to call with which lengths, so a session layer (or a dissector that
 * has only a key log) can open records without re-deriving anything itself.
 */
@NullMarked
package org.tlscodec.crypto.keys;

import org.jspecify.annotations.NullMarked;
