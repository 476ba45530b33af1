package org.tlscodec.session.record;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.crypto.cipher.CipherError;
import org.tlscodec.crypto.cipher.SslV2Protection;
import org.tlscodec.crypto.kdf.SslV2Keys;
import org.tlscodec.crypto.kx.SslV2MasterKey;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.session.handshake.HandshakeSteps;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.SslV2State;
import org.tlscodec.session.state.State;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.handshake.ClientHello;
import org.tlscodec.tls.handshake.Random;
import org.tlscodec.tls.record.SSLv2Record;
import org.tlscodec.tls.registry.CompressionMethod;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.sslv2.SSLv2ClientHello;
import org.tlscodec.tls.sslv2.SSLv2ClientMasterKey;
import org.tlscodec.tls.sslv2.SSLv2Message;
import org.tlscodec.tls.sslv2.SSLv2ServerFinished;
import org.tlscodec.tls.sslv2.SSLv2ServerHello;

/**
 * The record step of an SSL 2.0 connection (the SSL 2.0 draft, "SSL Record Protocol
 * Specification", "SSL Handshake Protocol" and "Cipher Specifications"), the counterpart of
 * {@link RecordLayer} for records with two- and three-byte headers.
 *
 * <p>Every record a side sends counts in its sequence number, from 0, clear or not. Once the
 * CLIENT-MASTER-KEY is sent (or the SERVER-HELLO reports a session-id hit) both sides' records are
 * encrypted. The keys come from the CLIENT-MASTER-KEY when the server's RSA key is known:
 * SECRET-KEY-DATA decrypted ({@link SslV2MasterKey}), MASTER-KEY = CLEAR-KEY-DATA + SECRET-KEY-DATA,
 * the session keys from it with the CHALLENGE and CONNECTION-ID ({@link SslV2Keys}), and one
 * {@link SslV2Protection} per side (the client writes with CLIENT-WRITE-KEY, the server with
 * SERVER-WRITE-KEY). Each record's data is a message until the server's SERVER-FINISHED, and
 * application data after it.
 *
 * <p>A version-2 CLIENT-HELLO that offers SSL 3.0 or TLS (RFC 5246 appendix E.2, RFC 6101
 * appendix E.1) is the first message of a TLS handshake: it goes through the TLS ClientHello step
 * as the ClientHello it stands for (the CHALLENGE right-aligned in a zero-filled 32-byte random,
 * no compression, no extensions), and its data (the record without its header) is what enters the
 * transcript (RFC 5246 appendix E.2). The connection then goes on in TLS records.
 */
public final class SslV2RecordLayer {
    private static final int RANDOM_LENGTH = 32;

    private SslV2RecordLayer() {
    }

    /** Reads one SSL 2.0 record {@code sender} wrote. Never fails as a step: a failure is the record's error. */
    public static State<TlsSession, ReadSslV2Record> read(ConnectionEnd sender, SSLv2Record record) {
        return s -> {
            SslV2State v2 = s.sslv2();
            SslV2State.Direction d = v2.direction(sender);
            if (!d.encrypted()) {
                TlsSession next = s.withSslV2(v2.withDirection(sender, d.counted(Option.none())));
                ReadSslV2Record r = ReadSslV2Record.opaque(record, false);
                Option<Bytes> data = record.withoutPadding();
                if (data.isEmpty()) {
                    return State.Step.of(next, r.withError(SessionError.protocol("the header counts " + record.padding()
                            + " bytes of padding in a record of " + record.data().size())));
                }
                return content(next, sender, r.withPlaintext(false, data.get()), data.get());
            }
            if (d.protection().isEmpty()) {
                return State.Step.of(s.withSslV2(v2.withDirection(sender, d.counted(Option.none()))), ReadSslV2Record.opaque(record, true));
            }
            Either<CipherError, SslV2Protection.Opened> opened = d.protection().get().open(d.sequenceNumber(), record.data(), record.padding());
            if (opened.isLeft()) {
                SessionError e = opened.getLeft() instanceof CipherError.BadRecordMac
                        ? new SessionError.BadRecordMac("the SSL 2.0 record does not open with the " + sender.name().toLowerCase(java.util.Locale.ROOT)
                                + "'s write key at sequence number " + d.sequenceNumber())
                        : SessionError.crypto(opened.getLeft().message());
                return State.Step.of(s.withSslV2(v2.withDirection(sender, d.counted(Option.none()))),
                        ReadSslV2Record.opaque(record, true).withError(e));
            }
            SslV2Protection.Opened o = opened.get();
            TlsSession next = s.withSslV2(v2.withDirection(sender, d.counted(Option.some(o.next()))));
            return content(next, sender, ReadSslV2Record.opaque(record, true).withPlaintext(true, o.actualData()), o.actualData());
        };
    }

    /** The record's ACTUAL-DATA: a message, or application data once the server has finished. */
    private static State.Step<TlsSession, ReadSslV2Record> content(TlsSession s, ConnectionEnd sender, ReadSslV2Record r, Bytes data) {
        if (s.sslv2().serverFinished()) {
            return State.Step.of(s, r.withContent(new RecordContent.ApplicationData(data)));
        }
        Either<CodecError, SSLv2Message> decoded = SSLv2Message.CODEC.decode(data);
        if (decoded.isLeft()) {
            return State.Step.of(s, r.withError(SessionError.decoding("SSL 2.0 message from the " + sender.name().toLowerCase(java.util.Locale.ROOT),
                    decoded.getLeft())));
        }
        SSLv2Message m = decoded.get();
        if (m instanceof SSLv2ClientHello ch && ch.version().code() >= ProtocolVersion.SSL_3_0.code()) {
            ClientHello hello = tlsClientHello(ch);
            return HandshakeSteps.of(hello).apply(s, sender, hello, data).fold(
                    e -> State.Step.of(s, r.withContent(new RecordContent.HandshakeContent(hello, data)).withError(e)),
                    next -> State.Step.of(next, r.withContent(new RecordContent.HandshakeContent(hello, data))));
        }
        ReadSslV2Record out = r.withContent(new RecordContent.SslV2MessageContent(m, data));
        Either<SessionError, TlsSession> after = apply(s, m);
        return after.fold(e -> State.Step.of(encrypting(s, Option.none(), Option.none()), out.withError(e)), next -> State.Step.of(next, out));
    }

    /** How an SSL 2.0 message changes the session. */
    private static Either<SessionError, TlsSession> apply(TlsSession s, SSLv2Message m) {
        SslV2State v2 = s.sslv2();
        if (m instanceof SSLv2ClientHello ch) {
            return Either.right(s.withSslV2(v2.withClientHello(ch)));
        }
        if (m instanceof SSLv2ServerHello sh) {
            TlsSession next = s.withSslV2(v2.withServerHello(sh)).withNegotiated(s.negotiated().withVersion(ProtocolVersion.SSL_2_0));
            // A session-id hit: both sides encrypt from here with the keys of an earlier connection, not known here.
            return Either.right(sh.sessionIdHit() != 0 ? encrypting(next, Option.none(), Option.none()) : next);
        }
        if (m instanceof SSLv2ClientMasterKey cmk) {
            TlsSession next = s.withSslV2(v2.withClientMasterKey(cmk));
            return keys(next, cmk).map(k -> encrypting(next, k.map(Tuple2::_1), k.map(Tuple2::_2)));
        }
        if (m instanceof SSLv2ServerFinished) {
            return Either.right(s.withSslV2(v2.withServerFinished()));
        }
        return Either.right(s);
    }

    /** Both sides' records encrypted from now on, with these protections (client's, server's) when known. */
    private static TlsSession encrypting(TlsSession s, Option<SslV2Protection> client, Option<SslV2Protection> server) {
        SslV2State v2 = s.sslv2();
        return s.withSslV2(v2.withDirection(ConnectionEnd.CLIENT, v2.client().encrypting(client))
                .withDirection(ConnectionEnd.SERVER, v2.server().encrypting(server)));
    }

    /** The client's and the server's protections from the CLIENT-MASTER-KEY, when the server's RSA key is known. */
    private static Either<SessionError, Option<Tuple2<SslV2Protection, SslV2Protection>>> keys(TlsSession s, SSLv2ClientMasterKey cmk) {
        SslV2State v2 = s.sslv2();
        if (s.known().serverRsaKey().isEmpty()) {
            return Either.right(Option.none());
        }
        if (v2.clientHello().isEmpty() || v2.serverHello().isEmpty()) {
            return Either.left(SessionError.protocol("the SSL 2.0 keys need the CHALLENGE of CLIENT-HELLO and the CONNECTION-ID of SERVER-HELLO"));
        }
        Option<CipherSuiteInfo> kind = CipherSuiteInfo.of(cmk.cipherKind());
        if (kind.isEmpty()) {
            return Either.left(SessionError.crypto("SSL 2.0 cipher kind " + cmk.cipherKind() + " is not registered"));
        }
        int keyLength = kind.get().cipher().expandedKeyLength();
        return SslV2MasterKey.decrypt(s.known().serverRsaKey().get(), cmk.clearKey(), cmk.encryptedKey(), keyLength)
                .mapLeft(e -> SessionError.crypto(e.message()))
                .flatMap(master -> {
                    SslV2Keys.SessionKeys k = SslV2Keys.sessionKeys(master, v2.clientHello().get().challenge(),
                            v2.serverHello().get().connectionId(), keyLength);
                    return SslV2Protection.of(kind.get(), k.clientWriteKey(), cmk.keyArg())
                            .flatMap(c -> SslV2Protection.of(kind.get(), k.serverWriteKey(), cmk.keyArg()).map(sv -> Tuple.of(c, sv)))
                            .mapLeft(e -> SessionError.crypto(e.message()))
                            .map(Option::some);
                });
    }

    /**
     * The TLS ClientHello a version-2 CLIENT-HELLO stands for (RFC 5246 appendix E.2): the
     * CHALLENGE right-aligned in a zero-filled random, the TLS suites among the cipher kinds, the
     * session id, null compression, no extensions.
     */
    public static ClientHello tlsClientHello(SSLv2ClientHello ch) {
        Bytes challenge = ch.challenge().size() > RANDOM_LENGTH ? ch.challenge().drop(ch.challenge().size() - RANDOM_LENGTH) : ch.challenge();
        Bytes random = Bytes.of(new byte[RANDOM_LENGTH - challenge.size()]).concat(challenge);
        return new ClientHello(ch.version(), new Random.Tls12(random), ch.sessionId(), ch.tlsCipherSuites(),
                Vector.of(CompressionMethod.NULL), Option.none());
    }
}
