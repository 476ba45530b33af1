package org.tlscodec.session.handshake;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.State;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.ClientKeyExchange;
import org.tlscodec.tls.handshake.EncryptedExtensions;
import org.tlscodec.tls.handshake.EndOfEarlyData;
import org.tlscodec.tls.handshake.Finished;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.HelloRequest;
import org.tlscodec.tls.handshake.HelloRetryRequest;
import org.tlscodec.tls.handshake.KeyUpdate;
import org.tlscodec.tls.handshake.NewSessionTicket;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.handshake.ServerKeyExchange;

/**
 * Decoding and encoding a handshake message through its one step (DESIGN.md section 4):
 * {@link #read} takes a message's bytes (header included, as reassembled from records), decodes it
 * with the codec the session picks, then applies the step; {@link #write} encodes a message with
 * the same codec, then applies the same step to the bytes written. A passive reader, a client and
 * a server all go through here.
 */
public final class HandshakeSteps {
    private HandshakeSteps() {
    }

    /** The step of {@code message}, by what it is (a HelloRetryRequest travels as server_hello but has its own step). */
    public static HandshakeStep of(HandshakeMessage message) {
        if (message instanceof ClientHello) {
            return ClientHelloStep.INSTANCE;
        }
        if (message instanceof ServerHello) {
            return ServerHelloStep.INSTANCE;
        }
        if (message instanceof HelloRetryRequest) {
            return HelloRetryRequestStep.INSTANCE;
        }
        if (message instanceof EncryptedExtensions) {
            return EncryptedExtensionsStep.INSTANCE;
        }
        if (message instanceof ServerKeyExchange) {
            return ServerKeyExchangeStep.INSTANCE;
        }
        if (message instanceof ClientKeyExchange) {
            return ClientKeyExchangeStep.INSTANCE;
        }
        if (message instanceof Finished) {
            return FinishedStep.INSTANCE;
        }
        if (message instanceof KeyUpdate) {
            return PostHandshakeSteps.KEY_UPDATE;
        }
        if (message instanceof EndOfEarlyData) {
            return PostHandshakeSteps.END_OF_EARLY_DATA;
        }
        if (message instanceof NewSessionTicket) {
            return PostHandshakeSteps.NEW_SESSION_TICKET;
        }
        if (message instanceof HelloRequest) {
            return PostHandshakeSteps.HELLO_REQUEST;
        }
        return TranscriptStep.INSTANCE;
    }

    /** Reads one message {@code sender} sent (header included), then applies its step. */
    public static State<TlsSession, HandshakeMessage> read(ConnectionEnd sender, Bytes message) {
        return s -> {
            Either<CodecError, HandshakeMessage> decoded = HandshakeStep.codec(s).decode(message);
            if (decoded.isLeft()) {
                return State.Step.failed(s, SessionError.decoding("handshake message from the " + name(sender), decoded.getLeft()));
            }
            HandshakeMessage m = decoded.get();
            return of(m).apply(s, sender, m, message).fold(e -> State.Step.failed(s, e), next -> State.Step.of(next, m));
        };
    }

    /** Writes {@code message} as {@code sender} would, then applies its step; answers the message's bytes. */
    public static State<TlsSession, Bytes> write(ConnectionEnd sender, HandshakeMessage message) {
        return s -> {
            Either<CodecError, Bytes> encoded = HandshakeStep.codec(s).encode(message);
            if (encoded.isLeft()) {
                return State.Step.failed(s, SessionError.decoding(message.msgType() + " does not encode", encoded.getLeft()));
            }
            return of(message).apply(s, sender, message, encoded.get()).fold(e -> State.Step.failed(s, e), next -> State.Step.of(next, encoded.get()));
        };
    }

    /**
     * Writes {@code sender}'s Finished with the verify_data this session computes at this point
     * ({@link FinishedValue}), then applies its step; fails when the secret it needs is not known.
     */
    public static State<TlsSession, Bytes> writeFinished(ConnectionEnd sender) {
        return s -> {
            io.vavr.control.Option<Either<SessionError, Bytes>> value = FinishedValue.compute(s, sender);
            if (value.isEmpty()) {
                return State.Step.failed(s, SessionError.protocol("the " + name(sender) + " Finished needs a secret this session does not know"));
            }
            return value.get().fold(e -> State.Step.<TlsSession, Bytes>failed(s, e),
                    v -> write(sender, new org.tlscodec.tls.handshake.Finished(v)).run(s));
        };
    }

    private static String name(ConnectionEnd sender) {
        return sender.name().toLowerCase(java.util.Locale.ROOT);
    }
}
