/**
 * The NSS key log format (the {@code SSLKEYLOGFILE} text written by NSS, OpenSSL, BoringSSL and
 * others): reading every label, OpenSSL's non-standard {@code RSA} and literal {@code _N} lines
 * included, and writing the standard form back.
 */
@NullMarked
package org.tlscodec.crypto.keylog;

import org.jspecify.annotations.NullMarked;
