package org.tlscodec.session.handshake;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.Prf;
import org.tlscodec.crypto.kdf.Tls13;
import org.tlscodec.crypto.kdf.VerifyData;
import org.tlscodec.session.secrets.SuiteParameters;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.TlsSession;

/**
 * The verify_data a Finished from {@code sender} must carry at this point of the session, over
 * the transcript so far (every message before the Finished): TLS 1.3's HMAC with the sender's
 * finished_key (RFC 8446 section 4.4.4), TLS 1.0 to 1.2's PRF(master_secret, finished_label,
 * Hash(handshake_messages)) (RFC 5246 section 7.4.9), SSL 3.0's MD5/SHA-1 construction (RFC 6101
 * section 5.6.9). None when the secret it needs is not known. A client or server building its
 * Finished takes this value; a reader compares the received one with it.
 */
public final class FinishedValue {
    private FinishedValue() {
    }

    public static Option<Either<SessionError, Bytes>> compute(TlsSession s, ConnectionEnd sender) {
        if (s.negotiated().tls13()) {
            Option<Bytes> base = s.secrets().handshakeTrafficSecret(sender);
            return base.map(key -> SuiteParameters.tls13Hash(s).map(h -> Tls13.verifyData(h, key, s.transcript().hash(h))));
        }
        Option<Bytes> master = s.secrets().masterSecret();
        return master.map(m -> SuiteParameters.prf(s).flatMap(prf -> prf instanceof Prf.Ssl3
                ? Either.right(VerifyData.ssl3(m, s.transcript().bytes(), sender.finishedSender()))
                : VerifyData.tls(prf, m, s.transcript().bytes(), sender.finishedSender()).mapLeft(e -> SessionError.crypto(e.message()))));
    }
}
