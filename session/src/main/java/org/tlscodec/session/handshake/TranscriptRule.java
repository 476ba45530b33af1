package org.tlscodec.session.handshake;

import org.tlscodec.codec.Bytes;
import org.tlscodec.session.state.TlsSession;

/**
 * Which messages enter the transcript. Every handshake message of a handshake does, header
 * included, in order (RFC 8446 section 4.4.1, RFC 5246 section 7.4.9), except HelloRequest (RFC
 * 5246 section 7.4.1.1) and, in TLS 1.3, the post-handshake messages (NewSessionTicket, KeyUpdate,
 * section 4.6), which come after both Finished messages.
 */
final class TranscriptRule {
    private TranscriptRule() {
    }

    static TlsSession append(TlsSession s, Bytes message) {
        if (s.negotiated().tls13() && s.log().complete()) {
            return s;
        }
        return s.withTranscript(s.transcript().append(message));
    }
}
