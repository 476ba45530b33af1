package org.tlscodec.session.handshake;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.secrets.LegacySecrets;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.handshake.ClientKeyExchange;
import org.tlscodec.tls.handshake.HandshakeMessage;

/**
 * ClientKeyExchange (RFC 5246 section 7.4.7): after it the premaster secret exists. When the
 * master secret is not known yet and what is known opens the exchange (the server's RSA key, an
 * RSA key-log line, an ephemeral private key), the master secret is computed (RFC 7627's extended
 * one over the transcript up to and including this message, when negotiated) and both pending
 * states are made.
 */
final class ClientKeyExchangeStep implements HandshakeStep {
    static final ClientKeyExchangeStep INSTANCE = new ClientKeyExchangeStep();

    @Override
    public Either<SessionError, TlsSession> apply(TlsSession s, ConnectionEnd sender, HandshakeMessage message, Bytes bytes) {
        TlsSession next = TranscriptRule.append(s.withLog(s.log().withClientKeyExchange()), bytes);
        if (next.secrets().masterSecret().isDefined() || !(message instanceof ClientKeyExchange cke)) {
            return Either.right(next);
        }
        Option<Either<SessionError, Bytes>> premaster = LegacySecrets.premaster(next, cke);
        if (premaster.isEmpty()) {
            return Either.right(next);
        }
        return premaster.get().flatMap(pms -> LegacySecrets.masterSecret(next, pms)).flatMap(master -> LegacySecrets.installPending(next, master));
    }
}
