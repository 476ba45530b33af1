package org.tlscodec.session.handshake;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.Transcript;
import org.tlscodec.crypto.kdf.VerifyData;
import org.tlscodec.session.secrets.HelloExtensions;
import org.tlscodec.session.secrets.PskBinder;
import org.tlscodec.session.secrets.Tls13Secrets;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.Negotiated;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.extension.HostName;
import org.tlscodec.tls.extension.OfferedPsks;
import org.tlscodec.tls.extension.RecordSizeLimit;
import org.tlscodec.tls.extension.ServerNameList;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * ClientHello (RFC 8446 section 4.1.2, RFC 5246 section 7.4.1.2): it opens a handshake, so the
 * transcript starts again with it, except for the second ClientHello after a HelloRetryRequest,
 * which follows message_hash and the HelloRetryRequest (section 4.4.1). Its random, SNI,
 * record_size_limit and early_data offer are kept; each offered PSK that is known has its binder
 * checked over the partial ClientHello (section 4.2.11.2); a 0-RTT offer starts the client's early
 * data epoch (section 4.2.10). Before TLS 1.3 its renegotiation_info must match the previous
 * handshake ({@link SecureRenegotiation}, RFC 5746).
 */
final class ClientHelloStep implements HandshakeStep {
    static final ClientHelloStep INSTANCE = new ClientHelloStep();

    @Override
    public Either<SessionError, TlsSession> apply(TlsSession s, ConnectionEnd sender, HandshakeMessage message, Bytes bytes) {
        ClientHello ch = (ClientHello) message;
        boolean afterRetry = s.negotiated().helloRetryRequest() && s.log().serverHello().isEmpty() && !s.transcript().messages().isEmpty();
        Transcript before = afterRetry ? s.transcript() : Transcript.empty();
        Either<SessionError, Boolean> binders = checkBinders(s, ch, bytes, before);
        if (binders.isLeft()) {
            return Either.left(binders.getLeft());
        }
        Option<String> sni = HelloExtensions.find(ch.extensions(), ServerNameList.class).flatMap(ServerNameList::hostName).map(HostName::text);
        boolean early = HelloExtensions.has(ch.extensions(), ExtensionType.EARLY_DATA) && !afterRetry;
        Negotiated n = s.negotiated().withClientHello(ch.random().bytes(), sni, early);
        Option<RecordSizeLimit> limit = HelloExtensions.find(ch.extensions(), RecordSizeLimit.class);
        if (limit.isDefined()) {
            n = n.withRecordSizeLimit(ConnectionEnd.CLIENT, limit.get().recordSizeLimit());
        }
        TlsSession opened = s.withLog(s.log().withClientHello(ch, bytes));
        if (!ClientHello.offersTls13(ch.extensions())) {
            Either<SessionError, Boolean> renegotiation = SecureRenegotiation.check(opened, ch.extensions(), false);
            if (renegotiation.isLeft()) {
                return Either.left(renegotiation.getLeft());
            }
        }
        TlsSession next = opened.withNegotiated(n).withTranscript(before.append(bytes))
                .withSecrets(afterRetry ? s.secrets() : s.secrets().forNewHandshake());
        if (early && ClientHello.offersTls13(ch.extensions())) {
            return Tls13Secrets.atClientHello(next, ch);
        }
        return Either.right(next);
    }

    /** Each offered PSK whose key is known must carry its binder (section 4.2.11.2: else the server aborts). */
    private static Either<SessionError, Boolean> checkBinders(TlsSession s, ClientHello ch, Bytes bytes, Transcript before) {
        Option<OfferedPsks> offered = HelloExtensions.find(ch.extensions(), OfferedPsks.class);
        if (offered.isEmpty()) {
            return Either.right(false);
        }
        Either<SessionError, Bytes> partial = PskBinder.partialClientHello(bytes, offered.get());
        if (partial.isLeft()) {
            return Either.left(partial.getLeft());
        }
        boolean checked = false;
        for (int i = 0; i < offered.get().identities().size() && i < offered.get().binders().size(); i++) {
            var psk = Tls13Secrets.pskFor(s, offered.get().identities().get(i).identity());
            if (psk.isEmpty()) {
                continue;
            }
            int index = i;
            Either<SessionError, Bytes> expected = Tls13Secrets.pskHash(ch, psk.get()._3)
                    .map(h -> PskBinder.binder(h, psk.get()._1, psk.get()._2, before.bytes(), partial.get()));
            if (expected.isLeft()) {
                return Either.left(expected.getLeft());
            }
            if (!VerifyData.matches(expected.get(), offered.get().binders().get(index))) {
                return Either.left(SessionError.protocol("the binder of offered PSK " + index
                        + " does not match the known PSK over the partial ClientHello (RFC 8446 section 4.2.11.2)"));
            }
            checked = true;
        }
        return Either.right(checked);
    }
}
