/**
 * Key exchange: everything that turns two peers' key exchange messages into a premaster or shared
 * secret. RSA premaster encryption with the Bleichenbacher-safe decryption of RFC 5246 section
 * 7.4.7.1; finite-field Diffie-Hellman over the RFC 7919 and RFC 3526 groups or any group a
 * ServerKeyExchange names; ECDH on the NIST and Brainpool curves; X25519 and X448 (RFC 7748);
 * ML-KEM (FIPS 203) alone and in the ECDHE-MLKEM hybrids; the PSK premaster forms of RFC 4279 and
 * RFC 5489; SRP (RFC 5054). {@link org.tlscodec.crypto.kx.KeyExchangeGroup} puts every TLS 1.3
 * group behind one KEM-shaped interface keyed by its {@link org.tlscodec.tls.registry.NamedGroup}.
 *
 * <p>Every primitive comes from Bouncy Castle or the JDK's JCA, whichever is faster here (see each
 * class). Peer input is validated and bad input is an error value ({@link
 * org.tlscodec.crypto.kx.KxError}); no exception escapes. Values that hold private keys or secrets
 * print only their sizes.
 */
@NullMarked
package org.tlscodec.crypto.kx;

import org.jspecify.annotations.NullMarked;
