/**
 * Issue 5's benchmark: decrypting a large generated capture of TLS 1.3 AES-128-GCM application
 * data through the library's whole passive path ({@link CaptureDecryption}: pcap read, TCP
 * reassembly, session with the key log) against bare {@link javax.crypto.Cipher} AES-GCM
 * decryption of the same records ({@link JcaCaptureBaseline}), in one JMH run
 * ({@link CaptureDecryptionBenchmark}) and interleaved ({@link CapturePairedRatio}). The capture
 * comes from {@link LargeCaptureGenerator}, deterministic from a seed.
 */
@NullMarked
package org.tlscodec.bench.session;

import org.jspecify.annotations.NullMarked;
