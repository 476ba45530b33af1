package org.tlscodec.session.handshake;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.handshake.HandshakeMessage;

/**
 * The step of a message that changes nothing but the transcript: Certificate, CertificateRequest,
 * CertificateVerify, ServerHelloDone, CertificateStatus and every other message whose content no
 * later key derivation reads (RFC 8446 section 4.4, RFC 5246 section 7.4). Unknown messages are
 * hashed too: a peer that sends them hashes them.
 */
final class TranscriptStep implements HandshakeStep {
    static final TranscriptStep INSTANCE = new TranscriptStep();

    @Override
    public Either<SessionError, TlsSession> apply(TlsSession s, ConnectionEnd sender, HandshakeMessage message, Bytes bytes) {
        return Either.right(TranscriptRule.append(s, bytes));
    }
}
