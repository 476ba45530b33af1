package org.tlscodec.session.handshake;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.VerifyData;
import org.tlscodec.session.secrets.Tls13Secrets;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.handshake.Finished;
import org.tlscodec.tls.handshake.HandshakeMessage;

/**
 * Finished (RFC 8446 section 4.4.4, RFC 5246 section 7.4.9): its verify_data is checked when the
 * secrets are known ({@link FinishedValue}), so a wrong transcript or secret shows here rather
 * than as garbage later. TLS 1.3: the server's Finished brings the application secrets (its own in
 * force at once), the client's brings its own and the resumption master secret. Before TLS 1.3 a
 * server Finished before any ClientKeyExchange marks an abbreviated (resumed) handshake.
 */
final class FinishedStep implements HandshakeStep {
    static final FinishedStep INSTANCE = new FinishedStep();

    @Override
    public Either<SessionError, TlsSession> apply(TlsSession s, ConnectionEnd sender, HandshakeMessage message, Bytes bytes) {
        Finished f = (Finished) message;
        Option<Either<SessionError, Bytes>> expected = FinishedValue.compute(s, sender);
        if (expected.isDefined()) {
            if (expected.get().isLeft()) {
                return Either.left(expected.get().getLeft());
            }
            if (!VerifyData.matches(expected.get().get(), f.verifyData())) {
                return Either.left(SessionError.protocol("the " + sender.name().toLowerCase(java.util.Locale.ROOT)
                        + " Finished does not carry the verify_data of this transcript and these secrets (decrypt_error)"));
            }
        }
        TlsSession next = TranscriptRule.append(s, bytes);
        next = next.withLog(next.log().withFinished(sender, f.verifyData()));
        if (next.negotiated().tls13()) {
            if (sender == ConnectionEnd.SERVER) {
                return Tls13Secrets.atServerFinished(next);
            }
            return Tls13Secrets.atClientFinished(next).map(t -> t.withNegotiated(t.negotiated().withHandshakeCompleted()));
        }
        if (sender == ConnectionEnd.SERVER && !next.log().clientKeyExchangeSeen()) {
            next = next.withNegotiated(next.negotiated().withResumed(true));
        }
        if (next.log().complete()) {
            next = next.withNegotiated(next.negotiated().withHandshakeCompleted());
        }
        return Either.right(next);
    }
}
