/**
 * Cipher-suite parameters: {@link org.tlscodec.crypto.suite.CipherSuiteInfo} for every registered
 * TLS cipher suite and SSL 2.0 cipher kind, read from the registered names with small tables.
 */
@NullMarked
package org.tlscodec.crypto.suite;

import org.jspecify.annotations.NullMarked;
