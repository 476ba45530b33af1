/**
 * A test PKI: a CA, three TLS servers (RSA-2048, ECDSA P-256, Ed25519) and a TLS client,
 * deterministic from a seed, written as PEM.
 */
@NullMarked
package org.tlscodec.crypto.pki;

import org.jspecify.annotations.NullMarked;
