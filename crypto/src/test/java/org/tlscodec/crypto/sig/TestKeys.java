package org.tlscodec.crypto.sig;

import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.pki.SeededRandom;
import org.tlscodec.crypto.x509.KeyAlgorithm;
import org.tlscodec.crypto.x509.KeyPairDer;
import org.tlscodec.crypto.x509.Keys;

/** Key pairs for the unit tests, each generated once from a fixed seed. */
final class TestKeys {
    private static final Bytes SEED = Bytes.utf8("tlscodec signature unit tests");

    static final KeyPairDer RSA_1024 = generate("rsa-1024", KeyAlgorithm.rsa(1024));
    static final KeyPairDer P256 = generate("p-256", KeyAlgorithm.ec("secp256r1"));
    static final KeyPairDer P384 = generate("p-384", KeyAlgorithm.ec("secp384r1"));
    static final KeyPairDer BRAINPOOL_P256 = generate("brainpool-256", KeyAlgorithm.ec("brainpoolP256r1"));
    static final KeyPairDer ED25519 = generate("ed25519", KeyAlgorithm.ed25519());
    static final KeyPairDer ED448 = generate("ed448", KeyAlgorithm.ed448());

    /** An X25519 SubjectPublicKeyInfo (RFC 8410 section 4): a key agreement key, which signs nothing. */
    static final Bytes X25519_SPKI = Bytes.fromHex("302a300506032b656e032100").concat(Bytes.fromHex(
            "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"));

    private TestKeys() {
    }

    private static KeyPairDer generate(String name, KeyAlgorithm algorithm) {
        return Keys.generate(algorithm, SeededRandom.of(SEED, name)).getOrElseThrow(e -> new AssertionError(e.detail()));
    }

    static SigningKey signing(KeyPairDer pair) {
        return SigningKey.of(pair).getOrElseThrow(e -> new AssertionError(e.message()));
    }

    static VerifyingKey verifying(KeyPairDer pair) {
        return VerifyingKey.of(pair).getOrElseThrow(e -> new AssertionError(e.message()));
    }
}
