package org.tlscodec.session.state;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.security.interfaces.RSAPrivateKey;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.keylog.KeyLog;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * What is known for decryption, from outside the conversation (issue 5, "where secrets come
 * from"): an NSS key log; a master secret; the server's RSA private key (static RSA: it decrypts
 * the ClientKeyExchange, RFC 5246 section 7.4.7.1); ephemeral private keys (a key_share's or an
 * ECDHE ServerKeyExchange's, as RFC 8448 prints them); PSKs (RFC 8446 section 4.2.11: external, or
 * a resumption PSK from an earlier connection's ticket). Any combination, including none: then
 * protected records stay opaque. Secret: {@code toString} says what kinds are known, never a value.
 *
 * @param keyLog        the key log (empty if none)
 * @param masterSecret  a master secret for the SSL 3.0 to TLS 1.2 connection being read
 * @param serverRsaKey  the server's RSA private key
 * @param ephemeralKeys ephemeral private keys, with their group and owner
 * @param psks          pre-shared keys, with the identity they are offered under
 */
public record KnownSecrets(KeyLog keyLog, Option<Bytes> masterSecret, Option<RSAPrivateKey> serverRsaKey,
                           Vector<EphemeralKey> ephemeralKeys, Vector<PreSharedKey> psks) {

    /**
     * One side's ephemeral private key (RFC 8446 section 4.2.8, RFC 8422 section 5.4): the X25519/X448
     * scalar or the EC private scalar, big-endian, as RFC 8448 prints them.
     */
    public record EphemeralKey(ConnectionEnd owner, NamedGroup group, Bytes privateKey) {
        @Override
        public String toString() {
            return "EphemeralKey[" + owner + ", " + group + ", <" + privateKey.size() + " bytes>]";
        }
    }

    /** How a PSK was established: its binder key label differs (RFC 8446 section 7.1: "ext binder" or "res binder"). */
    public enum PskKind { EXTERNAL, RESUMPTION }

    /**
     * A pre-shared key and the identity it is offered under (a ticket for a resumption PSK).
     * Secret: {@code toString} shows lengths only.
     */
    public record PreSharedKey(Bytes identity, Bytes key, PskKind kind) {
        @Override
        public String toString() {
            return "PreSharedKey[" + kind + ", identity of " + identity.size() + " bytes, <" + key.size() + " bytes>]";
        }
    }

    private static final KnownSecrets NONE = new KnownSecrets(KeyLog.empty(), Option.none(), Option.none(), Vector.empty(), Vector.empty());

    /** Nothing known: protected records stay opaque. */
    public static KnownSecrets none() {
        return NONE;
    }

    /** Only a key log. */
    public static KnownSecrets of(KeyLog log) {
        return NONE.withKeyLog(log);
    }

    public KnownSecrets withKeyLog(KeyLog log) {
        return new KnownSecrets(log, masterSecret, serverRsaKey, ephemeralKeys, psks);
    }

    public KnownSecrets withMasterSecret(Bytes secret) {
        return new KnownSecrets(keyLog, Option.some(secret), serverRsaKey, ephemeralKeys, psks);
    }

    public KnownSecrets withServerRsaKey(RSAPrivateKey key) {
        return new KnownSecrets(keyLog, masterSecret, Option.some(key), ephemeralKeys, psks);
    }

    public KnownSecrets withEphemeralKey(ConnectionEnd owner, NamedGroup group, Bytes privateKey) {
        return new KnownSecrets(keyLog, masterSecret, serverRsaKey, ephemeralKeys.append(new EphemeralKey(owner, group, privateKey)), psks);
    }

    public KnownSecrets withPsk(Bytes identity, Bytes key, PskKind kind) {
        return new KnownSecrets(keyLog, masterSecret, serverRsaKey, ephemeralKeys, psks.append(new PreSharedKey(identity, key, kind)));
    }

    /** True when nothing at all is known. */
    public boolean nothing() {
        return keyLog.entries().isEmpty() && masterSecret.isEmpty() && serverRsaKey.isEmpty() && ephemeralKeys.isEmpty() && psks.isEmpty();
    }

    @Override
    public String toString() {
        return "KnownSecrets[key log of " + keyLog.entries().size() + " lines"
                + (masterSecret.isDefined() ? ", a master secret" : "")
                + (serverRsaKey.isDefined() ? ", the server's RSA key" : "")
                + ", " + ephemeralKeys.size() + " ephemeral keys, " + psks.size() + " PSKs]";
    }
}
