package org.tlscodec.crypto.kdf;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.Handshake;
import org.tlscodec.tls.handshake.MessageHash;

/**
 * The handshake transcript: the handshake messages in order, each with its 4-byte header, as they
 * were received (DESIGN.md section 3: never a re-encoding). It keeps the messages rather than a
 * running digest, because the hash is not known until the ServerHello chooses the suite, and
 * because a HelloRetryRequest rewrites the first message.
 */
public record Transcript(Vector<Bytes> messages) {

    /** No message yet. */
    public static Transcript empty() {
        return new Transcript(Vector.empty());
    }

    /** A transcript of {@code messages}, in order. */
    public static Transcript of(Bytes... messages) {
        return new Transcript(Vector.of(messages));
    }

    /** This transcript followed by {@code message}. */
    public Transcript append(Bytes message) {
        return new Transcript(messages.append(message));
    }

    /** The messages joined: what SSL 3.0 to TLS 1.2 call handshake_messages. */
    public Bytes bytes() {
        return messages.foldLeft(Bytes.empty(), Bytes::concat);
    }

    /** Transcript-Hash(M1, ..., Mn) = Hash(M1 || ... || Mn) (RFC 8446 section 4.4.1). */
    public Bytes hash(HashAlgorithm hash) {
        return hash.digestAll(messages);
    }

    /**
     * The transcript after a HelloRetryRequest (RFC 8446 section 4.4.1): ClientHello1, the first
     * message, becomes message_hash = handshake type 254, length Hash.length, Hash(ClientHello1), so
     * the server may stay stateless and the hash still covers the first hello.
     */
    public Either<KdfError, Transcript> rewriteForHelloRetryRequest(HashAlgorithm hash) {
        if (messages.isEmpty()) {
            return Either.left(new KdfError.Invalid("HelloRetryRequest rewrite: the transcript has no ClientHello1"));
        }
        return messageHash(hash, messages.head()).map(synthetic -> new Transcript(messages.update(0, synthetic)));
    }

    /** The synthetic message_hash handshake message that replaces {@code clientHello1}, header included. */
    public static Either<KdfError, Bytes> messageHash(HashAlgorithm hash, Bytes clientHello1) {
        return Handshake.codec(WireContext.initial()).encode(new MessageHash(hash.digest(clientHello1)))
                .mapLeft(e -> new KdfError.Unencodable("message_hash", e.toString()));
    }

    @Override
    public String toString() {
        return "Transcript[" + messages.size() + " messages, " + messages.map(Bytes::size).sum().intValue() + " bytes]";
    }
}
