package org.tlscodec.session.state;

import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.HandshakeMessage;
import org.tlscodec.tls.handshake.ServerHello;

/**
 * The messages of the handshake in progress that later steps read again: the ClientHello (its key
 * shares, PSK identities and early_data offer), the ServerHello, the ServerKeyExchange (its
 * ephemeral public value), whether a ClientKeyExchange came (an SSL 3.0 to TLS 1.2 handshake
 * without one was abbreviated, RFC 5246 section 7.3), and which Finished messages were seen, with
 * their verify_data: the secure renegotiation values of RFC 5746 section 3.1 are the client's and
 * the server's verify_data of the last completed handshake, which a renegotiation's hellos carry
 * in renegotiation_info, so they outlive the handshake that made them.
 *
 * @param clientHelloBytes       the ClientHello as received, header included (for PSK binders)
 * @param clientVerifyData       the client's Finished verify_data in this handshake, once seen
 * @param serverVerifyData       the server's Finished verify_data in this handshake, once seen
 * @param previousVerifyData     client_verify_data then server_verify_data of the last handshake completed before this one
 */
public record HandshakeLog(Option<ClientHello> clientHello, Option<Bytes> clientHelloBytes, Option<ServerHello> serverHello,
                           Option<HandshakeMessage> serverKeyExchange, boolean clientKeyExchangeSeen,
                           boolean clientFinished, boolean serverFinished, Option<Bytes> clientVerifyData, Option<Bytes> serverVerifyData,
                           Option<io.vavr.Tuple2<Bytes, Bytes>> previousVerifyData) {

    private static final HandshakeLog EMPTY = new HandshakeLog(Option.none(), Option.none(), Option.none(), Option.none(), false, false, false,
            Option.none(), Option.none(), Option.none());

    /** Before any message. */
    public static HandshakeLog empty() {
        return EMPTY;
    }

    /** A new handshake opened by {@code hello} (the first, a second after HelloRetryRequest, or a renegotiation). */
    public HandshakeLog withClientHello(ClientHello hello, Bytes bytes) {
        Option<io.vavr.Tuple2<Bytes, Bytes>> previous = complete() && clientVerifyData.isDefined() && serverVerifyData.isDefined()
                ? Option.some(io.vavr.Tuple.of(clientVerifyData.get(), serverVerifyData.get())) : previousVerifyData;
        return new HandshakeLog(Option.some(hello), Option.some(bytes), Option.none(), Option.none(), false, false, false,
                Option.none(), Option.none(), previous);
    }

    public HandshakeLog withServerHello(ServerHello hello) {
        return new HandshakeLog(clientHello, clientHelloBytes, Option.some(hello), serverKeyExchange, clientKeyExchangeSeen,
                clientFinished, serverFinished, clientVerifyData, serverVerifyData, previousVerifyData);
    }

    public HandshakeLog withServerKeyExchange(HandshakeMessage message) {
        return new HandshakeLog(clientHello, clientHelloBytes, serverHello, Option.some(message), clientKeyExchangeSeen,
                clientFinished, serverFinished, clientVerifyData, serverVerifyData, previousVerifyData);
    }

    public HandshakeLog withClientKeyExchange() {
        return new HandshakeLog(clientHello, clientHelloBytes, serverHello, serverKeyExchange, true, clientFinished, serverFinished,
                clientVerifyData, serverVerifyData, previousVerifyData);
    }

    /** The Finished of {@code sender}, with the verify_data it carried. */
    public HandshakeLog withFinished(ConnectionEnd sender, Bytes verifyData) {
        boolean client = sender == ConnectionEnd.CLIENT;
        return new HandshakeLog(clientHello, clientHelloBytes, serverHello, serverKeyExchange, clientKeyExchangeSeen,
                clientFinished || client, serverFinished || !client, client ? Option.some(verifyData) : clientVerifyData,
                client ? serverVerifyData : Option.some(verifyData), previousVerifyData);
    }

    /** True when both Finished messages were seen. */
    public boolean complete() {
        return clientFinished && serverFinished;
    }
}
