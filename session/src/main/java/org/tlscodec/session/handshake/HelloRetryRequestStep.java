package org.tlscodec.session.handshake;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.secrets.HelloExtensions;
import org.tlscodec.session.secrets.SuiteParameters;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.extension.SupportedVersionsServerHello;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.HelloRetryRequest;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * HelloRetryRequest (RFC 8446 section 4.1.4): it fixes version and suite, and rewrites the
 * transcript: ClientHello1 becomes message_hash(Hash(ClientHello1)) with the suite's hash, then the
 * HelloRetryRequest follows it (section 4.4.1), before the second ClientHello.
 */
final class HelloRetryRequestStep implements HandshakeStep {
    static final HelloRetryRequestStep INSTANCE = new HelloRetryRequestStep();

    @Override
    public Either<SessionError, TlsSession> apply(TlsSession s, ConnectionEnd sender, HandshakeMessage message, Bytes bytes) {
        HelloRetryRequest hrr = (HelloRetryRequest) message;
        ProtocolVersion version = HelloExtensions.find(hrr.extensions(), SupportedVersionsServerHello.class)
                .map(SupportedVersionsServerHello::selectedVersion).getOrElse(ProtocolVersion.TLS_1_3);
        TlsSession next = s.withNegotiated(s.negotiated().withHelloRetryRequest(version, hrr.cipherSuite()));
        return SuiteParameters.tls13Hash(next).flatMap(hash -> s.transcript().rewriteForHelloRetryRequest(hash)
                .mapLeft(e -> SessionError.crypto(e.message()))
                .map(t -> next.withTranscript(t.append(bytes))));
    }
}
