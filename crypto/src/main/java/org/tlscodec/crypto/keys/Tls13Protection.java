package org.tlscodec.crypto.keys;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.RecordKeys;
import org.tlscodec.crypto.cipher.RecordOptions;
import org.tlscodec.crypto.cipher.RecordProtection;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.Tls13;
import org.tlscodec.crypto.kdf.TrafficKeys;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * The record protection of one TLS 1.3 traffic secret (RFC 8446 section 7.3): write_key =
 * HKDF-Expand-Label(Secret, "key", "", key_length), write_iv = HKDF-Expand-Label(Secret, "iv", "",
 * iv_length), with the suite's hash, key and IV lengths. A traffic secret protects one direction
 * for one epoch (the early, handshake or an application generation), which is what a key log line
 * holds; each KeyUpdate moves that direction to the next application secret (section 7.2).
 */
public final class Tls13Protection {
    private Tls13Protection() {
    }

    /** The write key and IV of a traffic secret of {@code suite}. */
    public static Either<KeysError, TrafficKeys> trafficKeys(CipherSuiteInfo suite, Bytes trafficSecret) {
        return hash(suite, trafficSecret).flatMap(h -> Tls13.trafficKeys(h, trafficSecret, suite.cipher().keyLength(),
                suite.fixedIvLength(ProtocolVersion.TLS_1_3)).mapLeft(KeysError.Derivation::new));
    }

    /** The protection of the records one side writes under {@code trafficSecret}, sequence numbers from 0. */
    public static Either<KeysError, RecordProtection> of(CipherSuiteInfo suite, Bytes trafficSecret, RecordOptions options) {
        return trafficKeys(suite, trafficSecret).flatMap(keys -> RecordProtection.of(suite, ProtocolVersion.TLS_1_3,
                RecordKeys.aead(keys.key(), keys.iv()), options).mapLeft(KeysError.Protection::new));
    }

    /** Both directions of one epoch: the client's and the server's traffic secret of that epoch. */
    public static Either<KeysError, ConnectionProtection> of(CipherSuiteInfo suite, Bytes clientTrafficSecret,
                                                             Bytes serverTrafficSecret, RecordOptions options) {
        return of(suite, clientTrafficSecret, options).flatMap(client ->
                of(suite, serverTrafficSecret, options).map(server -> new ConnectionProtection(client, server)));
    }

    /**
     * application_traffic_secret_N+1 = HKDF-Expand-Label(application_traffic_secret_N, "traffic
     * upd", "", Hash.length) (section 7.2): the secret a direction moves to after its KeyUpdate.
     */
    public static Either<KeysError, Bytes> nextTrafficSecret(CipherSuiteInfo suite, Bytes trafficSecret) {
        return hash(suite, trafficSecret).map(h -> Tls13.nextTrafficSecret(h, trafficSecret));
    }

    /** The suite's HKDF hash, once the suite is a TLS 1.3 one and the secret is Hash.length bytes. */
    private static Either<KeysError, HashAlgorithm> hash(CipherSuiteInfo suite, Bytes trafficSecret) {
        if (!suite.tls13()) {
            return Either.left(new KeysError.Unsupported(suite.name() + " is not a TLS 1.3 suite: it has no traffic secrets"));
        }
        return SuiteHash.of(suite, ProtocolVersion.TLS_1_3).flatMap(h -> trafficSecret.size() == h.length() ? Either.right(h)
                : Either.left(new KeysError.WrongSecretLength(suite.name() + " traffic secret", h.length(), trafficSecret.size())));
    }
}
