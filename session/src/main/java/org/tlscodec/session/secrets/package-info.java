/**
 * Where a session's secrets come from: an NSS key log, a master secret, the server's RSA private key, the ephemeral private keys, or a PSK; and the derivations (RFC 5246 section 8.1, RFC 7627, RFC 8446 section 7) that turn them into record protection.
 */
@NullMarked
package org.tlscodec.session.secrets;

import org.jspecify.annotations.NullMarked;
