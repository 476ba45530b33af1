package org.tlscodec.session.handshake;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.handshake.Handshake;
import org.tlscodec.tls.handshake.HandshakeMessage;

/**
 * One handshake message's step (DESIGN.md section 4), shared by decoding and encoding: how the
 * session picks the message's codec ({@code session -> WireContext -> Codec}), and how the session
 * changes once the message is seen ({@code (session, message, bytes) -> session}, where the bytes
 * are the message as received or as written: the transcript hashes them, never a re-encoding).
 * Decoding reads then applies; encoding writes then applies the same change ({@link HandshakeSteps}).
 */
@FunctionalInterface
public interface HandshakeStep {

    /** How the session changes after {@code message}, sent by {@code sender} as {@code bytes} (header included). */
    Either<SessionError, TlsSession> apply(TlsSession session, ConnectionEnd sender, HandshakeMessage message, Bytes bytes);

    /** The codec a message is read and written with in this session: the codec's handshake select in the session's context. */
    static Codec<HandshakeMessage> codec(TlsSession session) {
        return Handshake.codec(session.wireContext());
    }
}
