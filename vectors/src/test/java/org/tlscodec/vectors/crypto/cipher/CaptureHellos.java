package org.tlscodec.vectors.crypto.cipher;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.HelloRetryRequest;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.record.TLSPlaintext;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * The hellos of a captured connection, read with the codec from the plaintext records that open
 * each side's stream: what key derivation needs (both randoms, the negotiated version and suite,
 * whether the server agreed to encrypt_then_mac, RFC 7366 section 2) and whether a
 * HelloRetryRequest came first (RFC 8446 section 4.1.4: the real ServerHello follows it).
 */
record CaptureHellos(ClientHello clientHello, ServerHello serverHello, boolean helloRetryRequest) {

    static Either<String, CaptureHellos> read(Vector<TLSPlaintext> client, Vector<TLSPlaintext> server) {
        return clientHello(client).flatMap(ch -> serverHello(server).map(sh -> new CaptureHellos(ch, sh._1, sh._2)));
    }

    Bytes clientRandom() {
        return clientHello.random().bytes();
    }

    Bytes serverRandom() {
        return serverHello.random().bytes();
    }

    ProtocolVersion version() {
        return serverHello.negotiatedVersion();
    }

    CipherSuite suite() {
        return serverHello.cipherSuite();
    }

    /** RFC 7366 section 2: in force when the server echoes the extension (the client offers it in every case). */
    boolean encryptThenMac() {
        return serverHello.extensions().exists(list -> list.exists(e -> e.type().equals(ExtensionType.ENCRYPT_THEN_MAC)));
    }

    /** The ServerHello proper, past a HelloRetryRequest and the CCS that may follow it. */
    private static Either<String, Tuple2<ServerHello, Boolean>> serverHello(Vector<TLSPlaintext> server) {
        CaptureHandshakeReader reader = CaptureHandshakeReader.start(WireContext.initial());
        boolean retry = false;
        for (TLSPlaintext r : server) {
            if (r.type().equals(ContentType.CHANGE_CIPHER_SPEC)) {
                continue;
            }
            if (!r.type().equals(ContentType.HANDSHAKE)) {
                break;
            }
            Either<String, CaptureHandshakeReader.Step> step = reader.add(r.fragment());
            if (step.isLeft()) {
                return Either.left(step.getLeft());
            }
            for (HandshakeMessage m : step.get().completed()) {
                if (m instanceof ServerHello sh) {
                    return Either.right(Tuple.of(sh, retry));
                }
                retry |= m instanceof HelloRetryRequest;
            }
            reader = step.get().next();
        }
        return Either.left("no ServerHello in the server's plaintext records");
    }

    /** The first message of the client's stream. */
    private static Either<String, ClientHello> clientHello(Vector<TLSPlaintext> client) {
        CaptureHandshakeReader reader = CaptureHandshakeReader.start(WireContext.initial());
        for (TLSPlaintext r : client.takeWhile(r -> r.type().equals(ContentType.HANDSHAKE))) {
            Either<String, CaptureHandshakeReader.Step> step = reader.add(r.fragment());
            if (step.isLeft()) {
                return Either.left(step.getLeft());
            }
            Option<HandshakeMessage> first = step.get().completed().headOption();
            if (first.isDefined()) {
                return first.get() instanceof ClientHello ch ? Either.right(ch)
                        : Either.left("the client's first message is " + first.get().msgType() + ", not a ClientHello");
            }
            reader = step.get().next();
        }
        return Either.left("no ClientHello in the client's first plaintext records");
    }
}
