package org.tlscodec.session.state;

import io.vavr.control.Option;
import org.tlscodec.crypto.cipher.SslV2Protection;
import org.tlscodec.tls.sslv2.SSLv2ClientHello;
import org.tlscodec.tls.sslv2.SSLv2ClientMasterKey;
import org.tlscodec.tls.sslv2.SSLv2ServerHello;

/**
 * The state of an SSL 2.0 connection (the SSL 2.0 draft, "SSL Record Protocol Specification" and
 * "SSL Handshake Protocol"), kept beside the TLS state because SSL 2.0 has no content types, no
 * pending states and its own record MAC: the hellos (CHALLENGE, CONNECTION-ID and the cipher kinds
 * the keys are made from), the CLIENT-MASTER-KEY, one {@link Direction} per sender, and whether the
 * server sent SERVER-FINISHED (after which records carry application data).
 */
public record SslV2State(Option<SSLv2ClientHello> clientHello, Option<SSLv2ServerHello> serverHello,
                         Option<SSLv2ClientMasterKey> clientMasterKey, Direction client, Direction server, boolean serverFinished) {

    /**
     * One sender's side: the sequence number of its next record (the draft: a 32-bit counter of
     * every record the sender sent, from 0, the clear ones before the cipher came on included),
     * whether its records are encrypted (from CLIENT-MASTER-KEY on, or a session-id hit), and the
     * protection when the keys are known.
     */
    public record Direction(long sequenceNumber, boolean encrypted, Option<SslV2Protection> protection) {
        static final Direction CLEAR = new Direction(0, false, Option.none());

        /** The same side after one more record; {@code next} is the cipher state after it, when it moved. */
        public Direction counted(Option<SslV2Protection> next) {
            return new Direction((sequenceNumber + 1) & 0xffffffffL, encrypted, next.orElse(protection));
        }

        /** Records from now on are encrypted, with {@code keys} when known. */
        public Direction encrypting(Option<SslV2Protection> keys) {
            return new Direction(sequenceNumber, true, keys);
        }
    }

    private static final SslV2State NONE = new SslV2State(Option.none(), Option.none(), Option.none(), Direction.CLEAR, Direction.CLEAR, false);

    /** Before any SSL 2.0 record. */
    public static SslV2State none() {
        return NONE;
    }

    /** The side of {@code sender}. */
    public Direction direction(ConnectionEnd sender) {
        return sender == ConnectionEnd.CLIENT ? client : server;
    }

    public SslV2State withDirection(ConnectionEnd sender, Direction d) {
        return sender == ConnectionEnd.CLIENT
                ? new SslV2State(clientHello, serverHello, clientMasterKey, d, server, serverFinished)
                : new SslV2State(clientHello, serverHello, clientMasterKey, client, d, serverFinished);
    }

    public SslV2State withClientHello(SSLv2ClientHello hello) {
        return new SslV2State(Option.some(hello), serverHello, clientMasterKey, client, server, serverFinished);
    }

    public SslV2State withServerHello(SSLv2ServerHello hello) {
        return new SslV2State(clientHello, Option.some(hello), clientMasterKey, client, server, serverFinished);
    }

    public SslV2State withClientMasterKey(SSLv2ClientMasterKey key) {
        return new SslV2State(clientHello, serverHello, Option.some(key), client, server, serverFinished);
    }

    public SslV2State withServerFinished() {
        return new SslV2State(clientHello, serverHello, clientMasterKey, client, server, true);
    }
}
