package org.tlscodec.crypto.keylog;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;

/**
 * The entries of a key log in file order, indexed by client random: one file usually holds many
 * connections. Immutable; {@code toString} names counts only, never a secret.
 */
public final class KeyLog {
    private static final KeyLog EMPTY = new KeyLog(Vector.empty());

    private final Vector<KeyLogEntry> entries;
    private final Map<Bytes, Vector<SecretEntry>> byClientRandom;

    private KeyLog(Vector<KeyLogEntry> entries) {
        this.entries = entries;
        Map<Bytes, Vector<SecretEntry>> index = LinkedHashMap.empty();
        for (KeyLogEntry e : entries) {
            if (e instanceof SecretEntry s) {
                index = index.put(s.clientRandom(), index.get(s.clientRandom()).getOrElse(Vector.empty()).append(s));
            }
        }
        this.byClientRandom = index;
    }

    /** A log holding these entries, in this order. */
    public static KeyLog of(Iterable<? extends KeyLogEntry> entries) {
        return new KeyLog(Vector.ofAll(entries));
    }

    /** The log with no entry. */
    public static KeyLog empty() {
        return EMPTY;
    }

    /** Every entry, in file order. */
    public Vector<KeyLogEntry> entries() {
        return entries;
    }

    /** This log followed by one more entry. */
    public KeyLog append(KeyLogEntry entry) {
        return new KeyLog(entries.append(entry));
    }

    /** The client random of every connection, in order of first appearance. */
    public Vector<Bytes> clientRandoms() {
        return Vector.ofAll(byClientRandom.keySet());
    }

    /** Every secret line of one connection, in file order. */
    public Vector<SecretEntry> secretsFor(Bytes clientRandom) {
        return byClientRandom.get(clientRandom).getOrElse(Vector.empty());
    }

    /** The first secret a connection logged under a label. */
    public Option<Bytes> secret(Bytes clientRandom, KeyLogLabel label) {
        return secretsFor(clientRandom).find(s -> s.label().equals(label)).map(SecretEntry::secret);
    }

    /** The TLS 1.2 (or earlier) master secret of a connection: its {@code CLIENT_RANDOM} line. */
    public Option<Bytes> masterSecret(Bytes clientRandom) {
        return secret(clientRandom, KeyLogLabel.Fixed.CLIENT_RANDOM);
    }

    /**
     * The application traffic secrets of one direction logged with OpenSSL's literal {@code _N}
     * (after a KeyUpdate), in file order: the first is taken to be generation 1, and so on.
     */
    public Vector<Bytes> updatedTrafficSecrets(Bytes clientRandom, KeyLogLabel.Direction direction) {
        KeyLogLabel updated = KeyLogLabel.ApplicationTraffic.updated(direction);
        return secretsFor(clientRandom).filter(s -> s.label().equals(updated)).map(SecretEntry::secret);
    }

    /** OpenSSL's {@code RSA} lines, in file order. */
    public Vector<RsaPremasterEntry> rsaPremasters() {
        return entries.filter(RsaPremasterEntry.class::isInstance).map(RsaPremasterEntry.class::cast);
    }

    /**
     * The premaster secret of a static-RSA exchange, found by its EncryptedPreMasterSecret (whose
     * first 8 bytes the {@code RSA} line keeps); a shorter argument is matched as a prefix.
     */
    public Option<Bytes> rsaPremaster(Bytes encryptedPremaster) {
        Bytes prefix = encryptedPremaster.take(Math.min(RsaPremasterEntry.PREFIX_LENGTH, encryptedPremaster.size()));
        return rsaPremasters().find(r -> r.encryptedPremasterPrefix().startsWith(prefix)).map(RsaPremasterEntry::premasterSecret);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyLog other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** Counts only: a key log is all secrets. */
    @Override
    public String toString() {
        return "KeyLog[" + entries.size() + " entries, " + byClientRandom.size() + " connections]";
    }
}
