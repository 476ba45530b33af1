/**
 * Key derivation for every protocol version: the hash and HMAC helpers, the PRFs of SSL 3.0,
 * TLS 1.0/1.1 and TLS 1.2, master secrets (classic and extended), key blocks and export keys,
 * SSL 2.0 key material, Finished verify_data, HKDF and the TLS 1.3 key schedule, exporters, and
 * the handshake transcript. Pure functions over {@link org.tlscodec.codec.Bytes}; every
 * primitive comes from the JDK's JCA (SM3 from Bouncy Castle's lightweight API).
 */
@NullMarked
package org.tlscodec.crypto.kdf;

import org.jspecify.annotations.NullMarked;
