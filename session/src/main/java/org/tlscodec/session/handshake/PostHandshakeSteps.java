package org.tlscodec.session.handshake;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.secrets.Tls13Secrets;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.Epoch;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.NewSessionTicket;

/**
 * The steps of the messages that change keys or tickets outside the hello/Finished exchange:
 * <ul>
 *   <li>{@link #KEY_UPDATE}: the sender's next application generation (RFC 8446 section 4.6.3);</li>
 *   <li>{@link #END_OF_EARLY_DATA}: the client's 0-RTT epoch ends, its handshake keys begin (section 4.5);</li>
 *   <li>{@link #NEW_SESSION_TICKET}: TLS 1.3 keeps the ticket's PSK (section 4.6.1); TLS 1.2's
 *       (RFC 5077 section 3.3) is a handshake message like any other;</li>
 *   <li>{@link #HELLO_REQUEST}: nothing, not even the transcript (RFC 5246 section 7.4.1.1).</li>
 * </ul>
 */
final class PostHandshakeSteps {
    private PostHandshakeSteps() {
    }

    static final HandshakeStep KEY_UPDATE = (s, sender, m, bytes) -> Tls13Secrets.atKeyUpdate(s, sender);

    static final HandshakeStep END_OF_EARLY_DATA = (s, sender, m, bytes) ->
            Either.right(TranscriptRule.append(s, bytes).activatePending(ConnectionEnd.CLIENT, Epoch.HANDSHAKE));

    static final HandshakeStep NEW_SESSION_TICKET = PostHandshakeSteps::newSessionTicket;

    static final HandshakeStep HELLO_REQUEST = (s, sender, m, bytes) -> Either.right(s);

    private static Either<SessionError, TlsSession> newSessionTicket(TlsSession s, ConnectionEnd sender, HandshakeMessage m, Bytes bytes) {
        if (m instanceof NewSessionTicket.Tls13 t) {
            return Tls13Secrets.atNewSessionTicket(s, t);
        }
        return Either.right(TranscriptRule.append(s, bytes));
    }
}
