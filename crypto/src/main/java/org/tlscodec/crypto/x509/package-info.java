/**
 * X.509 certificates with Bouncy Castle: parsing into plain values, building and signing, and
 * chain verification at a given instant whose findings are values.
 */
@NullMarked
package org.tlscodec.crypto.x509;

import org.jspecify.annotations.NullMarked;
