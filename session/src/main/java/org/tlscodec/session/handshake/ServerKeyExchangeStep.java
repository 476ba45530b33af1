package org.tlscodec.session.handshake;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.handshake.HandshakeMessage;

/**
 * ServerKeyExchange (RFC 5246 section 7.4.3, RFC 8422 section 5.4): kept, because the server's
 * ephemeral public value is what a client's known private key agrees with (and what a server's
 * known private key answered).
 */
final class ServerKeyExchangeStep implements HandshakeStep {
    static final ServerKeyExchangeStep INSTANCE = new ServerKeyExchangeStep();

    @Override
    public Either<SessionError, TlsSession> apply(TlsSession s, ConnectionEnd sender, HandshakeMessage message, Bytes bytes) {
        return Either.right(TranscriptRule.append(s.withLog(s.log().withServerKeyExchange(message)), bytes));
    }
}
