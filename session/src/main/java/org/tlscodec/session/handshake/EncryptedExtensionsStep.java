package org.tlscodec.session.handshake;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.secrets.HelloExtensions;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.Epoch;
import org.tlscodec.session.state.Negotiated;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.extension.ProtocolNameList;
import org.tlscodec.tls.handshake.EncryptedExtensions;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * EncryptedExtensions (RFC 8446 section 4.3.1): the server's ALPN choice and record_size_limit,
 * and whether it accepted 0-RTT (early_data, section 4.2.10). If it did not, the client's early
 * epoch ends here: its next records use the handshake keys.
 */
final class EncryptedExtensionsStep implements HandshakeStep {
    static final EncryptedExtensionsStep INSTANCE = new EncryptedExtensionsStep();

    @Override
    public Either<SessionError, TlsSession> apply(TlsSession s, ConnectionEnd sender, HandshakeMessage message, Bytes bytes) {
        EncryptedExtensions ee = (EncryptedExtensions) message;
        boolean accepted = HelloExtensions.has(Option.some(ee.extensions()), ExtensionType.EARLY_DATA);
        Negotiated n = s.negotiated().withAlpn(HelloExtensions.find(Option.some(ee.extensions()), ProtocolNameList.class).flatMap(p -> p.names().headOption()))
                .withEarlyDataAccepted(accepted);
        n = RecordLimitsNegotiation.fromServer(n, s.log().clientHello(), Option.some(ee.extensions()), true);
        TlsSession next = TranscriptRule.append(s.withNegotiated(n), bytes);
        if (!accepted && next.current(ConnectionEnd.CLIENT).epoch() == Epoch.EARLY_DATA) {
            next = next.activatePending(ConnectionEnd.CLIENT, Epoch.HANDSHAKE);
        }
        return Either.right(next);
    }
}
