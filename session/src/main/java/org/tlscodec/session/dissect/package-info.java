/**
 * Dissecting a whole capture (issue 5, "Library API"): a capture file's bytes (pcap or pcapng,
 * Decryption Secrets Blocks included), or one connection's chunks, plus whatever secrets are known
 * (key log text, the server's RSA key as PEM, a master secret, ephemeral keys, PSKs) in; per TCP
 * connection that carries TLS (found by the bytes, on any port), its number, endpoints, records
 * (decoded, decrypted where the secrets allow), summary and errors out, as values.
 *
 * <p>Entry point: {@link org.tlscodec.session.dissect.Dissect}. It joins two existing layers and
 * adds no protocol of its own: {@link org.tlscodec.session.capture.Capture} reads the file to
 * reassembled TCP connections, {@link org.tlscodec.session.conversation.Conversation} reads each
 * connection's interleaved bytes through the session's record and handshake steps. Nothing is
 * thrown; what could be read is always returned beside the errors.
 */
@NullMarked
package org.tlscodec.session.dissect;

import org.jspecify.annotations.NullMarked;
