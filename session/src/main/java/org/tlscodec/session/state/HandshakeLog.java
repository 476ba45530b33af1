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
 * without one was abbreviated, RFC 5246 section 7.3), and which Finished messages were seen.
 *
 * @param clientHelloBytes the ClientHello as received, header included (for PSK binders)
 */
public record HandshakeLog(Option<ClientHello> clientHello, Option<Bytes> clientHelloBytes, Option<ServerHello> serverHello,
                           Option<HandshakeMessage> serverKeyExchange, boolean clientKeyExchangeSeen,
                           boolean clientFinished, boolean serverFinished) {

    private static final HandshakeLog EMPTY = new HandshakeLog(Option.none(), Option.none(), Option.none(), Option.none(), false, false, false);

    /** Before any message. */
    public static HandshakeLog empty() {
        return EMPTY;
    }

    /** A new handshake opened by {@code hello} (the first, a second after HelloRetryRequest, or a renegotiation). */
    public HandshakeLog withClientHello(ClientHello hello, Bytes bytes) {
        return new HandshakeLog(Option.some(hello), Option.some(bytes), Option.none(), Option.none(), false, false, false);
    }

    public HandshakeLog withServerHello(ServerHello hello) {
        return new HandshakeLog(clientHello, clientHelloBytes, Option.some(hello), serverKeyExchange, clientKeyExchangeSeen,
                clientFinished, serverFinished);
    }

    public HandshakeLog withServerKeyExchange(HandshakeMessage message) {
        return new HandshakeLog(clientHello, clientHelloBytes, serverHello, Option.some(message), clientKeyExchangeSeen,
                clientFinished, serverFinished);
    }

    public HandshakeLog withClientKeyExchange() {
        return new HandshakeLog(clientHello, clientHelloBytes, serverHello, serverKeyExchange, true, clientFinished, serverFinished);
    }

    public HandshakeLog withFinished(ConnectionEnd sender) {
        return new HandshakeLog(clientHello, clientHelloBytes, serverHello, serverKeyExchange, clientKeyExchangeSeen,
                clientFinished || sender == ConnectionEnd.CLIENT, serverFinished || sender == ConnectionEnd.SERVER);
    }

    /** True when both Finished messages were seen. */
    public boolean complete() {
        return clientFinished && serverFinished;
    }
}
