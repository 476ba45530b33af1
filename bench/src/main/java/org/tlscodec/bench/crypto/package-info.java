/**
 * Record protection benchmarks: {@link org.tlscodec.crypto.cipher.RecordProtection} sealing and
 * opening 16 KiB records against the same work done with bare {@link javax.crypto.Cipher} calls
 * ({@link JcaRecordBaseline}) on the same bytes, in one JMH run.
 */
@NullMarked
package org.tlscodec.bench.crypto;

import org.jspecify.annotations.NullMarked;
