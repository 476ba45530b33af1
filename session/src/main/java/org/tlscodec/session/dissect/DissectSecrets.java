package org.tlscodec.session.dissect;

import io.vavr.collection.Vector;
import java.security.interfaces.RSAPrivateKey;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.keylog.KeyLog;
import org.tlscodec.crypto.keylog.KeyLogFormat;
import org.tlscodec.crypto.keylog.KeyLogReading;
import org.tlscodec.session.state.ConnectionEnd;
import org.tlscodec.session.state.KnownSecrets;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * The secrets a user gives a dissection, in the forms they come in (issue 5, "where secrets come
 * from"): NSS key log text (the format of NSS's SSLKEYLOGFILE, as Wireshark reads it), the server's
 * RSA private key as PEM, a master secret, ephemeral private keys (RFC 8448's way), PSKs (RFC 8446
 * section 4.2.11). Each is read into the session's {@link KnownSecrets}; what could not be read
 * (a bad key log line, a PEM that holds no RSA key) is kept as a {@link DissectError.Secret} in
 * {@link #problems()} and the rest is used. Immutable; every {@code with...} answers a new value.
 * Secret: {@code toString} says what kinds are known, never a value.
 *
 * @param known    what the session steps use
 * @param problems what could not be read
 */
public record DissectSecrets(KnownSecrets known, Vector<DissectError> problems) {
    private static final DissectSecrets NONE = new DissectSecrets(KnownSecrets.none(), Vector.empty());

    /** Nothing given: protected records stay opaque (unless a pcapng carries its own key log). */
    public static DissectSecrets none() {
        return NONE;
    }

    /** Secrets already in the session's form. */
    public static DissectSecrets of(KnownSecrets known) {
        return new DissectSecrets(known, Vector.empty());
    }

    /** Only the key log {@code text}. */
    public static DissectSecrets keyLog(String text) {
        return NONE.withKeyLog(text);
    }

    /** These secrets and the lines of key log {@code text} (added to any key log already given); bad lines become problems. */
    public DissectSecrets withKeyLog(String text) {
        return withKeyLog("key log", text);
    }

    /** As {@link #withKeyLog(String)}, naming where the text came from (a file name) in its problems. */
    public DissectSecrets withKeyLog(String source, String text) {
        KeyLogReading reading = KeyLogFormat.read(text);
        KeyLog merged = KeyLog.of(known.keyLog().entries().appendAll(reading.log().entries()));
        return new DissectSecrets(known.withKeyLog(merged),
                problems.appendAll(reading.errors().map(e -> new DissectError.Secret(source, e.toString()))));
    }

    /** These secrets and the server's RSA private key read from {@code pem} (PKCS#8 or PKCS#1); a PEM without one is a problem. */
    public DissectSecrets withRsaKeyPem(String pem) {
        return RsaKeyPem.read(pem).fold(e -> new DissectSecrets(known, problems.append(e)), this::withRsaKey);
    }

    /** These secrets and the server's RSA private key. */
    public DissectSecrets withRsaKey(RSAPrivateKey key) {
        return new DissectSecrets(known.withServerRsaKey(key), problems);
    }

    /** These secrets and a master secret (SSL 3.0 to TLS 1.2). */
    public DissectSecrets withMasterSecret(Bytes masterSecret) {
        return new DissectSecrets(known.withMasterSecret(masterSecret), problems);
    }

    /** These secrets and one side's ephemeral private key (a key_share's or an ECDHE/DHE exchange's). */
    public DissectSecrets withEphemeralKey(ConnectionEnd owner, NamedGroup group, Bytes privateKey) {
        return new DissectSecrets(known.withEphemeralKey(owner, group, privateKey), problems);
    }

    /** These secrets and a pre-shared key offered under {@code identity}. */
    public DissectSecrets withPsk(Bytes identity, Bytes key, KnownSecrets.PskKind kind) {
        return new DissectSecrets(known.withPsk(identity, key, kind), problems);
    }

    /** True when some secret was given (so protected records are expected to open). */
    public boolean given() {
        return !known.nothing();
    }

    @Override
    public String toString() {
        return "DissectSecrets[" + known + ", " + problems.size() + " problems]";
    }
}
