package org.tlscodec.session.secrets;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.Tls13;
import org.tlscodec.crypto.kdf.Tls13EarlySecret;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.tls.extension.OfferedPsks;

/**
 * PSK binders (RFC 8446 section 4.2.11.2): the HMAC, with the binder key of the PSK's early secret
 * ("ext binder" or "res binder", section 7.1), of the transcript hash over the ClientHello cut
 * before its binders list: "the partial ClientHello", whose length fields already count the
 * binders. After a HelloRetryRequest the hash also covers the messages before (section 4.2.11.2:
 * message_hash of ClientHello1 and the HelloRetryRequest).
 */
public final class PskBinder {
    private PskBinder() {
    }

    /** The bytes of the binders list at the end of the ClientHello: its 2-byte length and each binder with its 1-byte length. */
    public static int bindersLength(OfferedPsks offered) {
        return 2 + offered.binders().map(b -> 1 + b.size()).sum().intValue();
    }

    /** The partial ClientHello: the message (header included) without its binders list. */
    public static Either<SessionError, Bytes> partialClientHello(Bytes clientHello, OfferedPsks offered) {
        int cut = bindersLength(offered);
        if (cut > clientHello.size()) {
            return Either.left(new SessionError.Protocol("the binders list (" + cut + " bytes) is longer than the ClientHello"));
        }
        return Either.right(clientHello.take(clientHello.size() - cut));
    }

    /** The binder of {@code psk} over {@code before} (the transcript before this ClientHello) and the partial ClientHello. */
    public static Bytes binder(HashAlgorithm hash, Bytes psk, KnownSecrets.PskKind kind, Bytes before, Bytes partialClientHello) {
        Tls13EarlySecret early = Tls13EarlySecret.of(hash, io.vavr.control.Option.some(psk));
        Bytes binderKey = kind == KnownSecrets.PskKind.EXTERNAL ? early.externalBinderKey() : early.resumptionBinderKey();
        return Tls13.pskBinder(hash, binderKey, hash.digest(before, partialClientHello));
    }

    /** The same offer with its binders replaced (each new binder must have the length of the one it replaces, so the lengths stay right). */
    public static Either<SessionError, OfferedPsks> withBinders(OfferedPsks offered, Vector<Bytes> binders) {
        if (binders.size() != offered.binders().size()
                || binders.zip(offered.binders()).exists(t -> t._1.size() != t._2.size())) {
            return Either.left(new SessionError.Protocol("new binders must match the offered binders in number and length"));
        }
        return Either.right(new OfferedPsks(offered.identities(), binders));
    }
}
