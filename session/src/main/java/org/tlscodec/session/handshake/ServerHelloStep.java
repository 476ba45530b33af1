package org.tlscodec.session.handshake;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.secrets.HelloExtensions;
import org.tlscodec.session.secrets.LegacySecrets;
import org.tlscodec.session.secrets.Tls13Secrets;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.Negotiated;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.extension.ProtocolNameList;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * ServerHello (RFC 8446 section 4.1.3, RFC 5246 section 7.4.1.3): it fixes version, suite,
 * compression, random and the negotiated extensions (extended_master_secret, encrypt_then_mac,
 * truncated_hmac, ALPN, record_size_limit). Then, TLS 1.3: the handshake traffic keys (section
 * 7.1), the server's in force at once; a PSK accepted means a resumed handshake. Before TLS 1.3:
 * an echoed session ID resumes a session (section 7.3 of RFC 5246), and if the master secret is
 * already known (a key log, a given master secret) both pending states are made now; its
 * renegotiation_info must match the previous handshake ({@link SecureRenegotiation}, RFC 5746).
 */
final class ServerHelloStep implements HandshakeStep {
    static final ServerHelloStep INSTANCE = new ServerHelloStep();

    @Override
    public Either<SessionError, TlsSession> apply(TlsSession s, ConnectionEnd sender, HandshakeMessage message, Bytes bytes) {
        ServerHello sh = (ServerHello) message;
        ProtocolVersion version = sh.negotiatedVersion();
        boolean tls13 = version.isTls13OrLater();
        Option<String> alpn = HelloExtensions.find(sh.extensions(), ProtocolNameList.class).flatMap(p -> p.names().headOption());
        Negotiated n = s.negotiated().withServerHello(version, sh.cipherSuite(), sh.random().bytes(), sh.legacyCompressionMethod(),
                !tls13 && HelloExtensions.has(sh.extensions(), ExtensionType.EXTENDED_MASTER_SECRET),
                !tls13 && HelloExtensions.has(sh.extensions(), ExtensionType.ENCRYPT_THEN_MAC),
                !tls13 && HelloExtensions.has(sh.extensions(), ExtensionType.TRUNCATED_HMAC), alpn);
        if (!tls13) {
            n = RecordLimitsNegotiation.fromServer(n, s.log().clientHello(), sh.extensions(), false);
        }
        n = n.withResumed(tls13 ? HelloExtensions.has(sh.extensions(), ExtensionType.PRE_SHARED_KEY) : echoesSessionId(s, sh));
        TlsSession next = TranscriptRule.append(s.withNegotiated(n).withLog(s.log().withServerHello(sh)), bytes);
        if (tls13) {
            return Tls13Secrets.atServerHello(next);
        }
        Either<SessionError, Boolean> renegotiation = SecureRenegotiation.check(s, sh.extensions(), true);
        if (renegotiation.isLeft()) {
            return Either.left(renegotiation.getLeft());
        }
        Option<Bytes> master = LegacySecrets.knownMasterSecret(next);
        return master.isDefined() ? LegacySecrets.installPending(next, master.get()) : Either.right(next);
    }

    /** RFC 5246 section 7.4.1.3: a server that resumes answers with the session_id the client offered. */
    private static boolean echoesSessionId(TlsSession s, ServerHello sh) {
        Option<ClientHello> ch = s.log().clientHello();
        return ch.isDefined() && !ch.get().legacySessionId().isEmpty() && ch.get().legacySessionId().equals(sh.legacySessionIdEcho());
    }
}
