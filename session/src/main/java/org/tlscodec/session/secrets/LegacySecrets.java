package org.tlscodec.session.secrets;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.security.SecureRandom;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.RecordOptions;
import org.tlscodec.crypto.kdf.LegacyKeys;
import org.tlscodec.crypto.keys.ConnectionProtection;
import org.tlscodec.crypto.keys.KeyLogSecrets;
import org.tlscodec.crypto.keys.LegacyProtection;
import org.tlscodec.crypto.kx.RsaPremaster;
import org.tlscodec.session.state.ConnState;
import org.tlscodec.session.state.DeflateCompression;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.Epoch;
import org.tlscodec.session.state.Negotiated;
import org.tlscodec.session.state.SessionError;
import org.tlscodec.session.state.TlsSession;
import org.tlscodec.tls.handshake.ClientKeyExchange;
import org.tlscodec.tls.handshake.ClientKeyExchangeDh;
import org.tlscodec.tls.handshake.ClientKeyExchangeEcdh;
import org.tlscodec.tls.handshake.ClientKeyExchangeRsa;
import org.tlscodec.tls.handshake.ECParametersNamedCurve;
import org.tlscodec.tls.handshake.ServerKeyExchangeDh;
import org.tlscodec.tls.handshake.ServerKeyExchangeEcdh;
import org.tlscodec.tls.registry.CompressionMethod;

/**
 * The master secret of SSL 3.0 to TLS 1.2 and the pending states it gives, from whichever source
 * is known:
 * <ul>
 *   <li>the key log's {@code CLIENT_RANDOM} line, or a master secret given as such;</li>
 *   <li>the premaster secret: from the server's RSA private key (static RSA, RFC 5246 section
 *       7.4.7.1, decrypted by {@link RsaPremaster} without a padding oracle), from OpenSSL's
 *       {@code RSA} key-log line, or from an ephemeral ECDHE private key (RFC 8422 section 5.10) or
 *       DHE private exponent (RFC 5246 section 8.1.2, any group the server sent: ffdhe, MODP);
 *       then master_secret = PRF(pre_master_secret, "master secret", randoms) (RFC 5246 section
 *       8.1), or the extended master secret over the session hash when both sides sent
 *       extended_master_secret (RFC 7627 section 4).</li>
 * </ul>
 * The key block (RFC 5246 section 6.3) is {@link LegacyProtection}'s; the result becomes both
 * directions' pending states, made current by each side's ChangeCipherSpec; with DEFLATE negotiated
 * (RFC 3749) each pending state starts its own zlib stream.
 */
public final class LegacySecrets {
    private LegacySecrets() {
    }

    /** The master secret of this connection from the key log or as given; none when neither has it. */
    public static Option<Bytes> knownMasterSecret(TlsSession s) {
        Option<Bytes> random = s.negotiated().clientRandom();
        Option<Bytes> logged = random.flatMap(r -> KeyLogSecrets.masterSecret(s.known().keyLog(), r).toOption());
        return logged.orElse(s.known().masterSecret());
    }

    /**
     * The premaster secret a reader can get from this ClientKeyExchange with what it knows: none
     * when nothing known opens it.
     */
    public static Option<Either<SessionError, Bytes>> premaster(TlsSession s, ClientKeyExchange cke) {
        if (cke instanceof ClientKeyExchangeRsa rsa) {
            Option<Bytes> logged = s.known().keyLog().rsaPremaster(rsa.preMasterSecret());
            if (logged.isDefined()) {
                return Option.some(Either.right(logged.get()));
            }
            if (s.known().serverRsaKey().isDefined() && s.log().clientHello().isDefined()) {
                // RFC 5246 section 7.4.7.1: the version in the premaster is the ClientHello's client_version.
                return Option.some(Either.right(RsaPremaster.decrypt(s.known().serverRsaKey().get(), rsa.preMasterSecret(),
                        s.log().clientHello().get().legacyVersion(), new SecureRandom())));
            }
            return Option.none();
        }
        if (cke instanceof ClientKeyExchangeEcdh ecdh && ecdh.ecdhYc().isDefined()
                && s.log().serverKeyExchange().isDefined() && s.log().serverKeyExchange().get() instanceof ServerKeyExchangeEcdh ske
                && ske.params().curveParams() instanceof ECParametersNamedCurve named) {
            return EphemeralAgreement.fromKnown(s, named.namedCurve(), Option.some(ecdh.ecdhYc().get().point()),
                    Option.some(ske.params().publicKey().point()));
        }
        if (cke instanceof ClientKeyExchangeDh dh && dh.dhYc().isDefined()
                && s.log().serverKeyExchange().isDefined() && s.log().serverKeyExchange().get() instanceof ServerKeyExchangeDh ske) {
            return EphemeralAgreement.fromKnownDh(s, ske.params().dhP(), ske.params().dhG(), ske.params().dhYs(), dh.dhYc().get());
        }
        return Option.none();
    }

    /**
     * master_secret from the premaster: the extended master secret over the transcript so far
     * (which must end with the ClientKeyExchange) when negotiated, else the classic one.
     */
    public static Either<SessionError, Bytes> masterSecret(TlsSession s, Bytes premaster) {
        Negotiated n = s.negotiated();
        return SuiteParameters.prf(s).flatMap(prf -> {
            if (n.extendedMasterSecret()) {
                Bytes sessionHash = LegacyKeys.sessionHash(prf, s.transcript().bytes());
                return LegacyKeys.extendedMasterSecret(prf, premaster, sessionHash).mapLeft(e -> SessionError.crypto(e.message()));
            }
            if (n.clientRandom().isEmpty() || n.serverRandom().isEmpty()) {
                return Either.left(new SessionError.Protocol("the master secret needs both randoms"));
            }
            return LegacyKeys.masterSecret(prf, premaster, n.clientRandom().get(), n.serverRandom().get())
                    .mapLeft(e -> SessionError.crypto(e.message()));
        });
    }

    /** The master secret kept, and both directions' pending states made from it (RFC 5246 section 6.3). */
    public static Either<SessionError, TlsSession> installPending(TlsSession s, Bytes masterSecret) {
        Negotiated n = s.negotiated();
        if (n.clientRandom().isEmpty() || n.serverRandom().isEmpty()) {
            return Either.left(new SessionError.Protocol("the key block needs both randoms"));
        }
        RecordOptions options = RecordOptions.DEFAULT.withEncryptThenMac(n.encryptThenMac()).withTruncatedHmac(n.truncatedHmac());
        return SuiteParameters.suite(s).flatMap(info -> SuiteParameters.version(s).flatMap(v ->
                LegacyProtection.of(info, v, masterSecret, n.clientRandom().get(), n.serverRandom().get(), options)
                        .mapLeft(e -> SessionError.crypto(e.message()))
                        .map((ConnectionProtection cp) -> s.withSecrets(s.secrets().withMasterSecret(masterSecret))
                                .withPending(ConnectionEnd.CLIENT, Option.some(pending(n, cp.clientWrite())))
                                .withPending(ConnectionEnd.SERVER, Option.some(pending(n, cp.serverWrite()))))));
    }

    /** A pending state: the protection, and a fresh DEFLATE stream when that was negotiated (RFC 3749 section 2). */
    private static ConnState pending(Negotiated n, org.tlscodec.crypto.cipher.RecordProtection protection) {
        ConnState c = ConnState.protectedBy(Epoch.CIPHER_SPEC, protection);
        return n.compression().equals(CompressionMethod.DEFLATE) ? c.withCompression(Option.some(DeflateCompression.start())) : c;
    }
}
