package org.tlscodec.session.state;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.kdf.Tls13HandshakeSecret;
import org.tlscodec.crypto.kdf.Tls13MasterSecret;

/**
 * The secrets a session has learnt or derived: the master secret of SSL 3.0 to TLS 1.2 (RFC 5246
 * section 8.1, or RFC 7627's extended one), and the values of the TLS 1.3 key schedule (RFC 8446
 * section 7.1) that later steps still need: the handshake secret (for the master secret), the
 * handshake traffic secrets (for the Finished keys, section 4.4.4), the master secret (for the
 * application secrets), the resumption master secret, and the PSKs its NewSessionTickets give
 * (section 4.6.1). Any of them may be missing: a key log may give traffic secrets only. Secret:
 * {@code toString} names which are known, never their bytes.
 */
public record SessionSecrets(
        Option<Bytes> masterSecret,
        Option<Tls13HandshakeSecret> handshakeSecret,
        Option<Bytes> clientHandshakeTrafficSecret,
        Option<Bytes> serverHandshakeTrafficSecret,
        Option<Tls13MasterSecret> tls13MasterSecret,
        Option<Bytes> clientApplicationTrafficSecret0,
        Option<Bytes> resumptionMasterSecret,
        Vector<Ticket> tickets) {

    /**
     * A TLS 1.3 ticket and the PSK it stands for: HKDF-Expand-Label(resumption_master_secret,
     * "resumption", ticket_nonce, Hash.length) (section 4.6.1). Secret: {@code toString} shows the ticket's length only.
     */
    public record Ticket(Bytes ticket, Bytes psk, org.tlscodec.tls.registry.CipherSuite suite) {
        @Override
        public String toString() {
            return "Ticket[" + ticket.size() + " bytes, psk <" + psk.size() + " bytes>]";
        }
    }

    /** Nothing known. */
    public static SessionSecrets none() {
        return new SessionSecrets(Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Vector.empty());
    }

    /**
     * The secrets at the start of a new handshake on this connection (a renegotiation, RFC 5746):
     * its master secret is not known yet; the tickets stay.
     */
    public SessionSecrets forNewHandshake() {
        return new SessionSecrets(Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), tickets);
    }

    public SessionSecrets withMasterSecret(Bytes secret) {
        return new SessionSecrets(Option.some(secret), handshakeSecret, clientHandshakeTrafficSecret, serverHandshakeTrafficSecret,
                tls13MasterSecret, clientApplicationTrafficSecret0, resumptionMasterSecret, tickets);
    }

    public SessionSecrets withHandshakeSecrets(Option<Tls13HandshakeSecret> secret, Option<Bytes> client, Option<Bytes> server) {
        return new SessionSecrets(masterSecret, secret, client, server, tls13MasterSecret, clientApplicationTrafficSecret0, resumptionMasterSecret, tickets);
    }

    public SessionSecrets withTls13MasterSecret(Tls13MasterSecret secret) {
        return new SessionSecrets(masterSecret, handshakeSecret, clientHandshakeTrafficSecret, serverHandshakeTrafficSecret,
                Option.some(secret), clientApplicationTrafficSecret0, resumptionMasterSecret, tickets);
    }

    /** client_application_traffic_secret_0, known from the server's Finished on, used from the client's Finished on. */
    public SessionSecrets withClientApplicationTrafficSecret0(Bytes secret) {
        return new SessionSecrets(masterSecret, handshakeSecret, clientHandshakeTrafficSecret, serverHandshakeTrafficSecret,
                tls13MasterSecret, Option.some(secret), resumptionMasterSecret, tickets);
    }

    public SessionSecrets withResumptionMasterSecret(Bytes secret) {
        return new SessionSecrets(masterSecret, handshakeSecret, clientHandshakeTrafficSecret, serverHandshakeTrafficSecret,
                tls13MasterSecret, clientApplicationTrafficSecret0, Option.some(secret), tickets);
    }

    public SessionSecrets withTicket(Ticket ticket) {
        return new SessionSecrets(masterSecret, handshakeSecret, clientHandshakeTrafficSecret, serverHandshakeTrafficSecret,
                tls13MasterSecret, clientApplicationTrafficSecret0, resumptionMasterSecret, tickets.append(ticket));
    }

    /** The handshake traffic secret {@code sender} writes with. */
    public Option<Bytes> handshakeTrafficSecret(ConnectionEnd sender) {
        return sender == ConnectionEnd.CLIENT ? clientHandshakeTrafficSecret : serverHandshakeTrafficSecret;
    }

    @Override
    public String toString() {
        return "SessionSecrets[" + (masterSecret.isDefined() ? "master secret, " : "")
                + (handshakeSecret.isDefined() ? "handshake secret, " : "")
                + (clientHandshakeTrafficSecret.isDefined() ? "client handshake traffic secret, " : "")
                + (serverHandshakeTrafficSecret.isDefined() ? "server handshake traffic secret, " : "")
                + (tls13MasterSecret.isDefined() ? "TLS 1.3 master secret, " : "")
                + (clientApplicationTrafficSecret0.isDefined() ? "client application traffic secret, " : "")
                + (resumptionMasterSecret.isDefined() ? "resumption master secret, " : "")
                + tickets.size() + " tickets]";
    }
}
