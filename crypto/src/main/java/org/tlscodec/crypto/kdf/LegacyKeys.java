package org.tlscodec.crypto.kdf;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;

/**
 * Master secret and key block of SSL 3.0 to TLS 1.2, with the PRF of the version
 * ({@link Prf.Ssl3} gives SSL 3.0's MD5/SHA-1 construction, which takes no label).
 */
public final class LegacyKeys {
    /** The master secret is always 48 bytes (RFC 5246 section 8.1, RFC 6101 section 6.1). */
    public static final int MASTER_SECRET_LENGTH = 48;

    private LegacyKeys() {
    }

    /** master_secret = PRF(pre_master_secret, "master secret", ClientHello.random + ServerHello.random)[0..47]. */
    public static Either<KdfError, Bytes> masterSecret(Prf prf, Bytes preMasterSecret, Bytes clientRandom, Bytes serverRandom) {
        return prf.compute(preMasterSecret, "master secret", clientRandom.concat(serverRandom), MASTER_SECRET_LENGTH);
    }

    /**
     * The extended master secret of RFC 7627 section 4: PRF(pre_master_secret, "extended master
     * secret", session_hash)[0..47], where session_hash is the hash of the handshake up to and
     * including ClientKeyExchange (MD5 + SHA-1 before TLS 1.2). It binds the master secret to the
     * whole handshake, which defeats the triple handshake attack.
     */
    public static Either<KdfError, Bytes> extendedMasterSecret(Prf prf, Bytes preMasterSecret, Bytes sessionHash) {
        return prf.compute(preMasterSecret, "extended master secret", sessionHash, MASTER_SECRET_LENGTH);
    }

    /** key_block = PRF(master_secret, "key expansion", server_random + client_random) (RFC 5246 section 6.3; the randoms swap). */
    public static Either<KdfError, Bytes> keyBlock(Prf prf, Bytes masterSecret, Bytes clientRandom, Bytes serverRandom, int length) {
        return prf.compute(masterSecret, "key expansion", serverRandom.concat(clientRandom), length);
    }

    /** The key block for {@code sizes}, sliced into its six parts. */
    public static Either<KdfError, KeyMaterial> keyMaterial(Prf prf, Bytes masterSecret, Bytes clientRandom, Bytes serverRandom,
                                                           KeySizes sizes) {
        return keyBlock(prf, masterSecret, clientRandom, serverRandom, sizes.keyBlockLength())
                .flatMap(block -> KeyMaterial.slice(block, sizes));
    }

    /**
     * The session hash of RFC 7627 section 3: Hash(handshake_messages) for TLS 1.2, MD5 + SHA-1 of
     * them before (the same hashes the Finished message takes).
     */
    public static Bytes sessionHash(Prf prf, Bytes handshakeMessages) {
        return VerifyData.handshakeHash(prf, handshakeMessages);
    }
}
