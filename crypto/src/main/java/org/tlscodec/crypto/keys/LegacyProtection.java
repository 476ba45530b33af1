package org.tlscodec.crypto.keys;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.cipher.RecordKeys;
import org.tlscodec.crypto.cipher.RecordOptions;
import org.tlscodec.crypto.cipher.RecordProtection;
import org.tlscodec.crypto.kdf.ExportKeys;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.crypto.kdf.KeyMaterial;
import org.tlscodec.crypto.kdf.KeySizes;
import org.tlscodec.crypto.kdf.LegacyKeys;
import org.tlscodec.crypto.kdf.Prf;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * The record protection of an SSL 3.0 to TLS 1.2 connection from its master secret (the
 * {@code CLIENT_RANDOM} line of a key log): key_block = PRF(master_secret, "key expansion",
 * server_random + client_random), cut into MAC keys, write keys and IVs (RFC 5246 section 6.3,
 * RFC 2246 section 6.3, RFC 6101 section 6.2.2). Export suites stretch their short write keys and
 * take their IVs from the randoms ({@link ExportKeys}; RFC 2246 section 6.3.1: the key block then
 * holds no IVs). The PRF is the version's ({@link Prf#of}) with the suite's hash from TLS 1.2 on.
 *
 * <p>Everything here only picks lengths and calls {@link LegacyKeys}, {@link ExportKeys} and
 * {@link RecordProtection#of}: the derivations themselves live in {@code org.tlscodec.crypto.kdf}.
 */
public final class LegacyProtection {
    private static final int RANDOM_LENGTH = 32;

    private LegacyProtection() {
    }

    /**
     * The client-write and server-write protection of a connection that negotiated {@code suite}
     * in {@code version}, with the {@code options} it negotiated (encrypt_then_mac, truncated_hmac).
     */
    public static Either<KeysError, ConnectionProtection> of(CipherSuiteInfo suite, ProtocolVersion version, Bytes masterSecret,
                                                             Bytes clientRandom, Bytes serverRandom, RecordOptions options) {
        return keyMaterial(suite, version, masterSecret, clientRandom, serverRandom).flatMap(km ->
                protection(suite, version, new RecordKeys(km.clientMacKey(), km.clientKey(), km.clientIv()), options).flatMap(client ->
                        protection(suite, version, new RecordKeys(km.serverMacKey(), km.serverKey(), km.serverIv()), options)
                                .map(server -> new ConnectionProtection(client, server))));
    }

    /**
     * The final keys of a connection: the key block cut by the suite's sizes in {@code version},
     * export keys already stretched and their IVs derived. What {@link #of} builds the protection from.
     */
    public static Either<KeysError, KeyMaterial> keyMaterial(CipherSuiteInfo suite, ProtocolVersion version, Bytes masterSecret,
                                                            Bytes clientRandom, Bytes serverRandom) {
        if (masterSecret.size() != LegacyKeys.MASTER_SECRET_LENGTH) {
            return Either.left(new KeysError.WrongSecretLength("master secret", LegacyKeys.MASTER_SECRET_LENGTH, masterSecret.size()));
        }
        if (clientRandom.size() != RANDOM_LENGTH) {
            return Either.left(new KeysError.WrongRandomLength("client_random", clientRandom.size()));
        }
        if (serverRandom.size() != RANDOM_LENGTH) {
            return Either.left(new KeysError.WrongRandomLength("server_random", serverRandom.size()));
        }
        if (suite.sslV2() || suite.signalling() || suite.tls13()) {
            return Either.left(new KeysError.Unsupported(suite.name() + " has no SSL 3.0 to TLS 1.2 key block"));
        }
        return prf(suite, version).flatMap(prf -> {
            boolean export = suite.cipher().export();
            if (export && version.code() > ProtocolVersion.TLS_1_0.code()) {
                // RFC 4346 appendix A.5: TLS 1.1 implementations MUST NOT negotiate export suites,
                // and TLS 1.1 defines no export key derivation.
                return Either.left(new KeysError.Unsupported(suite.name() + " is an export suite, defined only up to TLS 1.0, not in "
                        + version));
            }
            int ivLength = suite.fixedIvLength(version);
            KeySizes sizes = new KeySizes(suite.macKeyLength(), suite.cipher().keyLength(), export ? 0 : ivLength);
            Either<KeysError, KeyMaterial> block = LegacyKeys.keyMaterial(prf, masterSecret, clientRandom, serverRandom, sizes)
                    .mapLeft(KeysError.Derivation::new);
            if (!export) {
                return block;
            }
            int finalKey = suite.cipher().expandedKeyLength();
            return block.flatMap(km -> (prf instanceof Prf.Ssl3
                    ? ExportKeys.ssl3(km, clientRandom, serverRandom, finalKey, ivLength)
                    : ExportKeys.tls10(km, clientRandom, serverRandom, finalKey, ivLength)).mapLeft(KeysError.Derivation::new));
        });
    }

    private static Either<KeysError, Prf> prf(CipherSuiteInfo suite, ProtocolVersion version) {
        // Only TLS 1.2's PRF takes the suite's hash; SSL 3.0 and TLS 1.0/1.1 have fixed ones, and
        // Prf.of ignores the hash for them.
        boolean tls12 = version.code() == ProtocolVersion.TLS_1_2.code();
        Either<KeysError, HashAlgorithm> hash = tls12 ? SuiteHash.of(suite, version) : Either.right(HashAlgorithm.SHA256);
        return hash.flatMap(h -> {
            Option<Prf> prf = Prf.of(version, h);
            return prf.isDefined() ? Either.right(prf.get())
                    : Either.left(new KeysError.Unsupported("no SSL 3.0 to TLS 1.2 key block in " + version));
        });
    }

    private static Either<KeysError, RecordProtection> protection(CipherSuiteInfo suite, ProtocolVersion version, RecordKeys keys,
                                                                 RecordOptions options) {
        return RecordProtection.of(suite, version, keys, options).mapLeft(KeysError.Protection::new);
    }
}
