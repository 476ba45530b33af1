package org.tlscodec.session.handshake;

import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.session.secrets.HelloExtensions;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.RenegotiationInfo;

/**
 * The renegotiation_info checks of RFC 5746 (secure renegotiation), before TLS 1.3: on the first
 * handshake of a connection renegotiated_connection is empty (sections 3.4 and 3.6); on a
 * renegotiation the ClientHello carries the client_verify_data of the previous handshake (section
 * 3.5) and the ServerHello client_verify_data followed by server_verify_data (section 3.7). A
 * hello without the extension is not checked (a peer that does not support it; the SCSV is its
 * signal), one with a wrong value is a handshake_failure. The values come from the Finished
 * messages the session saw ({@link org.tlscodec.session.state.HandshakeLog#previousVerifyData()}).
 */
final class SecureRenegotiation {
    private SecureRenegotiation() {
    }

    /** {@code expected} of the previous handshake: the client's value, or the server hello's (both). */
    static Either<SessionError, Boolean> check(TlsSession s, Option<io.vavr.collection.Vector<Extension>> extensions, boolean serverHello) {
        Option<RenegotiationInfo> info = HelloExtensions.find(extensions, RenegotiationInfo.class);
        if (info.isEmpty()) {
            return Either.right(false);
        }
        Option<Tuple2<Bytes, Bytes>> previous = s.log().previousVerifyData();
        Bytes expected = previous.map(p -> serverHello ? p._1.concat(p._2) : p._1).getOrElse(Bytes.empty());
        if (!info.get().renegotiatedConnection().equals(expected)) {
            return Either.left(SessionError.protocol("handshake_failure: the " + (serverHello ? "ServerHello" : "ClientHello")
                    + "'s renegotiation_info must carry " + (previous.isEmpty() ? "nothing on a first handshake (RFC 5746 section 3."
                    + (serverHello ? "6" : "4") + ")" : (serverHello ? "client_verify_data and server_verify_data" : "client_verify_data")
                    + " of the previous handshake (RFC 5746 section 3." + (serverHello ? "7" : "5") + ")")
                    + ", it carries " + info.get().renegotiatedConnection().size() + " bytes that differ"));
        }
        return Either.right(true);
    }
}
