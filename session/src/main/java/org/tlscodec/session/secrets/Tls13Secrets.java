package org.tlscodec.session.secrets;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.RecordOptions;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.Tls13;
import org.tlscodec.crypto.kdf.Tls13EarlySecret;
import org.tlscodec.crypto.kdf.Tls13HandshakeSecret;
import org.tlscodec.crypto.kdf.Tls13MasterSecret;
import org.tlscodec.crypto.keylog.KeyLog;
import org.tlscodec.crypto.keys.KeyLogSecrets;
import org.tlscodec.crypto.keys.Tls13Protection;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.session.state.ConnState;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.Epoch;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.SessionSecrets;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.extension.KeyShareClientHello;
import org.tlscodec.tls.extension.KeyShareEntry;
import org.tlscodec.tls.extension.KeyShareServerHello;
import org.tlscodec.tls.extension.OfferedPsks;
import org.tlscodec.tls.extension.PreSharedKeyServerHello;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.NewSessionTicket;
import org.tlscodec.tls.handshake.ServerHello;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * The TLS 1.3 key changes of RFC 8446 section 7.1 as the handshake reaches them, each from
 * whichever source is known: the key schedule run from a PSK and/or an ephemeral private key
 * (with the transcript hashes the session keeps), or the traffic secrets of a key log.
 * <ul>
 *   <li>after the ClientHello: client_early_traffic_secret protects 0-RTT data (section 4.2.10);</li>
 *   <li>after the ServerHello: the handshake traffic secrets (the client's waits as pending while it still sends early data);</li>
 *   <li>after the server's Finished: the server's application_traffic_secret_0, and the client's is derived for later;</li>
 *   <li>after the client's Finished: the client's application_traffic_secret_0 and the resumption master secret;</li>
 *   <li>on KeyUpdate: the sender's next generation (section 7.2), from the key log if it has it, else derived;</li>
 *   <li>on NewSessionTicket: the ticket's PSK (section 4.6.1).</li>
 * </ul>
 * Where no source gives a secret, the epoch still begins, with unknown keys: its records stay opaque.
 */
public final class Tls13Secrets {
    private Tls13Secrets() {
    }

    /** 0-RTT: the client's early-data state after a ClientHello that offers early_data. */
    public static Either<SessionError, TlsSession> atClientHello(TlsSession s, ClientHello ch) {
        Option<OfferedPsks> offered = HelloExtensions.find(ch.extensions(), OfferedPsks.class);
        Option<Tuple2<Bytes, CipherSuite>> psk = offered.flatMap(o -> o.identities().headOption())
                .flatMap(id -> pskFor(s, id.identity()).map(p -> Tuple.of(p._1, p._3.getOrElse(() -> firstTls13Suite(ch)))));
        CipherSuite suite = psk.map(Tuple2::_2).getOrElse(() -> firstTls13Suite(ch));
        return SuiteParameters.of(suite).flatMap(info -> SuiteParameters.tls13Hash(info).flatMap(hash -> {
            Option<Bytes> secret = psk.isDefined()
                    ? Option.some(Tls13EarlySecret.of(hash, Option.some(psk.get()._1)).clientEarlyTrafficSecret(s.transcript().hash(hash)))
                    : KeyLogSecrets.earlyTrafficSecret(s.known().keyLog(), ch.random().bytes()).toOption();
            return epoch(info, Epoch.EARLY_DATA, secret, 0).map(c -> s.withCurrent(ConnectionEnd.CLIENT, c));
        }));
    }

    /** The handshake traffic secrets, once the ServerHello is in the transcript. */
    public static Either<SessionError, TlsSession> atServerHello(TlsSession s) {
        if (s.log().clientHello().isEmpty() || s.log().serverHello().isEmpty()) {
            return Either.left(new SessionError.Protocol("the handshake secrets need both hellos"));
        }
        ClientHello ch = s.log().clientHello().get();
        ServerHello sh = s.log().serverHello().get();
        return SuiteParameters.suite(s).flatMap(info -> SuiteParameters.tls13Hash(info).flatMap(hash -> {
            Option<PreSharedKeyServerHello> selected = HelloExtensions.find(sh.extensions(), PreSharedKeyServerHello.class);
            Option<Bytes> psk = selected.flatMap(sel -> HelloExtensions.find(ch.extensions(), OfferedPsks.class)
                    .filter(o -> sel.selectedIdentity() >= 0 && sel.selectedIdentity() < o.identities().size())
                    .flatMap(o -> pskFor(s, o.identities().get(sel.selectedIdentity()).identity()).map(t -> t._1)));
            Option<KeyShareServerHello> share = HelloExtensions.find(sh.extensions(), KeyShareServerHello.class);
            Option<Either<SessionError, Bytes>> shared = share.flatMap(ks -> EphemeralAgreement.fromKnown(s, ks.serverShare().group(),
                    clientShare(ch, ks.serverShare().group()), Option.some(ks.serverShare().keyExchange())));
            boolean scheduleKnown = (selected.isEmpty() || psk.isDefined()) && (share.isEmpty() ? selected.isDefined() : shared.isDefined());
            Either<SessionError, SessionSecrets> secrets;
            if (scheduleKnown) {
                Either<SessionError, Option<Bytes>> dhe = shared.isEmpty() ? Either.right(Option.none()) : shared.get().map(Option::some);
                secrets = dhe.map(z -> {
                    Tls13HandshakeSecret hs = Tls13EarlySecret.of(hash, psk).handshakeSecret(z);
                    Bytes helloHash = s.transcript().hash(hash);
                    return s.secrets().withHandshakeSecrets(Option.some(hs), Option.some(hs.clientHandshakeTrafficSecret(helloHash)),
                            Option.some(hs.serverHandshakeTrafficSecret(helloHash)));
                });
            } else {
                KeyLog log = s.known().keyLog();
                Bytes random = ch.random().bytes();
                secrets = Either.right(s.secrets().withHandshakeSecrets(Option.none(),
                        KeyLogSecrets.handshakeTrafficSecret(log, random, ConnectionEnd.CLIENT.keyLogDirection()).toOption(),
                        KeyLogSecrets.handshakeTrafficSecret(log, random, ConnectionEnd.SERVER.keyLogDirection()).toOption()));
            }
            return secrets.flatMap(sec -> epoch(info, Epoch.HANDSHAKE, sec.serverHandshakeTrafficSecret(), 0).flatMap(server ->
                    epoch(info, Epoch.HANDSHAKE, sec.clientHandshakeTrafficSecret(), 0).map(client -> {
                        TlsSession next = s.withSecrets(sec).withCurrent(ConnectionEnd.SERVER, server);
                        boolean stillEarly = s.current(ConnectionEnd.CLIENT).epoch() == Epoch.EARLY_DATA;
                        return stillEarly ? next.withPending(ConnectionEnd.CLIENT, Option.some(client)) : next.withCurrent(ConnectionEnd.CLIENT, client);
                    })));
        }));
    }

    /** After the server's Finished (in the transcript): its application_traffic_secret_0, and the client's kept for later. */
    public static Either<SessionError, TlsSession> atServerFinished(TlsSession s) {
        return SuiteParameters.suite(s).flatMap(info -> SuiteParameters.tls13Hash(info).flatMap(hash -> {
            SessionSecrets sec = s.secrets();
            Option<Bytes> server;
            if (sec.handshakeSecret().isDefined()) {
                Tls13MasterSecret master = sec.handshakeSecret().get().masterSecret();
                Bytes h = s.transcript().hash(hash);
                sec = sec.withTls13MasterSecret(master).withClientApplicationTrafficSecret0(master.clientApplicationTrafficSecret(h));
                server = Option.some(master.serverApplicationTrafficSecret(h));
            } else {
                server = logged(s, ConnectionEnd.SERVER, 0);
                Option<Bytes> client = logged(s, ConnectionEnd.CLIENT, 0);
                if (client.isDefined()) {
                    sec = sec.withClientApplicationTrafficSecret0(client.get());
                }
            }
            SessionSecrets secrets = sec;
            return epoch(info, Epoch.APPLICATION, server, 0).map(c -> s.withSecrets(secrets).withCurrent(ConnectionEnd.SERVER, c));
        }));
    }

    /** After the client's Finished (in the transcript): its application_traffic_secret_0 and the resumption master secret. */
    public static Either<SessionError, TlsSession> atClientFinished(TlsSession s) {
        return SuiteParameters.suite(s).flatMap(info -> SuiteParameters.tls13Hash(info).flatMap(hash -> {
            SessionSecrets sec = s.secrets();
            Option<Bytes> client = sec.clientApplicationTrafficSecret0().orElse(() -> logged(s, ConnectionEnd.CLIENT, 0));
            if (sec.tls13MasterSecret().isDefined()) {
                sec = sec.withResumptionMasterSecret(sec.tls13MasterSecret().get().resumptionMasterSecret(s.transcript().hash(hash)));
            }
            SessionSecrets secrets = sec;
            return epoch(info, Epoch.APPLICATION, client, 0).map(c -> s.withSecrets(secrets)
                    .withCurrent(ConnectionEnd.CLIENT, c).withPending(ConnectionEnd.CLIENT, Option.none()));
        }));
    }

    /**
     * KeyUpdate from {@code sender}: its next application generation. The key log's line for it
     * (numbered, or OpenSSL's literal {@code _N} lines in order) is taken when present, else
     * application_traffic_secret_N+1 is derived from the current one (section 7.2).
     */
    public static Either<SessionError, TlsSession> atKeyUpdate(TlsSession s, ConnectionEnd sender) {
        ConnState current = s.current(sender);
        long generation = current.generation() + 1;
        return SuiteParameters.suite(s).flatMap(info -> {
            Option<Bytes> next = logged(s, sender, generation);
            Either<SessionError, Option<Bytes>> secret = next.isDefined() ? Either.right(next)
                    : current.trafficSecret().isEmpty() ? Either.right(Option.none())
                    : Tls13Protection.nextTrafficSecret(info, current.trafficSecret().get()).map(Option::some)
                            .mapLeft(e -> SessionError.crypto(e.message()));
            return secret.flatMap(sec -> epoch(info, Epoch.APPLICATION, sec, generation)).map(c -> s.withCurrent(sender, c));
        });
    }

    /** A NewSessionTicket: its PSK, when the resumption master secret is known. */
    public static Either<SessionError, TlsSession> atNewSessionTicket(TlsSession s, NewSessionTicket.Tls13 ticket) {
        if (s.secrets().resumptionMasterSecret().isEmpty() || s.negotiated().cipherSuite().isEmpty()) {
            return Either.right(s);
        }
        CipherSuite suite = s.negotiated().cipherSuite().get();
        return SuiteParameters.tls13Hash(s).flatMap(hash ->
                Tls13.resumptionPsk(hash, s.secrets().resumptionMasterSecret().get(), ticket.ticketNonce())
                        .mapLeft(e -> SessionError.crypto(e.message()))
                        .map(psk -> s.withSecrets(s.secrets().withTicket(new SessionSecrets.Ticket(ticket.ticket(), psk, suite)))));
    }

    /** The Finished key's base for {@code sender}: its handshake traffic secret (section 4.4.4). */
    public static Option<Bytes> finishedBaseKey(TlsSession s, ConnectionEnd sender) {
        return s.secrets().handshakeTrafficSecret(sender);
    }

    /** A PSK offered under {@code identity}: the key, its kind, and (for a ticket) the suite it was made with. */
    public static Option<io.vavr.Tuple3<Bytes, KnownSecrets.PskKind, Option<CipherSuite>>> pskFor(TlsSession s, Bytes identity) {
        Option<KnownSecrets.PreSharedKey> known = s.known().psks().find(p -> p.identity().equals(identity));
        if (known.isDefined()) {
            return Option.some(Tuple.of(known.get().key(), known.get().kind(), Option.none()));
        }
        return s.secrets().tickets().find(t -> t.ticket().equals(identity))
                .map(t -> Tuple.of(t.psk(), KnownSecrets.PskKind.RESUMPTION, Option.some(t.suite())));
    }

    /** The hash a PSK's binder and early secret use: its ticket's suite's, else the first TLS 1.3 suite offered. */
    public static Either<SessionError, HashAlgorithm> pskHash(ClientHello ch, Option<CipherSuite> suite) {
        return SuiteParameters.of(suite.getOrElse(() -> firstTls13Suite(ch))).flatMap(SuiteParameters::tls13Hash);
    }

    private static Option<Bytes> logged(TlsSession s, ConnectionEnd sender, long generation) {
        return s.negotiated().clientRandom().flatMap(r ->
                KeyLogSecrets.applicationTrafficSecret(s.known().keyLog(), r, sender.keyLogDirection(), generation).toOption());
    }

    private static Option<Bytes> clientShare(ClientHello ch, NamedGroup group) {
        return HelloExtensions.find(ch.extensions(), KeyShareClientHello.class)
                .flatMap(k -> k.clientShares().find(e -> e.group().equals(group)).map(KeyShareEntry::keyExchange));
    }

    private static CipherSuite firstTls13Suite(ClientHello ch) {
        return ch.cipherSuites().find(c -> CipherSuiteInfo.of(c).exists(CipherSuiteInfo::tls13)).getOrElse(CipherSuite.TLS_AES_128_GCM_SHA256);
    }

    /** A TLS 1.3 epoch from its traffic secret, or with unknown keys when there is none. */
    static Either<SessionError, ConnState> epoch(CipherSuiteInfo info, Epoch epoch, Option<Bytes> secret, long generation) {
        if (secret.isEmpty()) {
            return Either.right(ConnState.unknownKeys(epoch, generation));
        }
        return Tls13Protection.of(info, secret.get(), RecordOptions.DEFAULT).mapLeft(e -> SessionError.crypto(e.message()))
                .map(p -> ConnState.protectedBy(epoch, p).withTrafficSecret(secret.get(), generation));
    }
}
