/**
 * Record protection (RFC 5246 section 6.2.3, RFC 6101 section 5.2.3, RFC 8446 section 5.2): the
 * NULL, stream, CBC and AEAD record ciphers, built by
 * {@link org.tlscodec.crypto.cipher.RecordProtection#of} from a
 * {@link org.tlscodec.crypto.suite.CipherSuiteInfo}, keys, a version and options. Every primitive
 * comes from the JDK's JCA or Bouncy Castle's lightweight API; nothing here is a hand-written cipher.
 */
@NullMarked
package org.tlscodec.crypto.cipher;

import org.jspecify.annotations.NullMarked;
