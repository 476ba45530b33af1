/**
 * The record layer: TLS records ({@link org.tlscodec.tls.record.TLSPlaintext},
 * {@link org.tlscodec.tls.record.TLSCiphertext}, {@link org.tlscodec.tls.record.TLSInnerPlaintext}),
 * SSL 2.0 records ({@link org.tlscodec.tls.record.SSLv2Record}), the small protocols that ride
 * directly on records ({@link org.tlscodec.tls.record.Alert},
 * {@link org.tlscodec.tls.record.ChangeCipherSpec}, {@link org.tlscodec.tls.record.HeartbeatMessage}),
 * the handshake framing ({@link org.tlscodec.tls.record.RawHandshake}), and the two pure functions
 * that sit between a byte stream and messages: splitting a stream into records
 * ({@link org.tlscodec.tls.record.RecordStream}) and reassembling handshake messages from record
 * fragments ({@link org.tlscodec.tls.record.HandshakeReassembly}).
 *
 * <p>Every structure is byte-exact: what was received re-encodes to the same bytes, including
 * bytes that break a rule of the RFC (an oversize record, a Heartbleed-style length claim, a
 * ChangeCipherSpec byte other than 1); such rules are reported as values, never by dropping bytes.
 */
@NullMarked
package org.tlscodec.tls.record;

import org.jspecify.annotations.NullMarked;
