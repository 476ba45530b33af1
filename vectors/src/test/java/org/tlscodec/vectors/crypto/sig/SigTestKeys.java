package org.tlscodec.vectors.crypto.sig;

import io.vavr.collection.Vector;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.pki.SeededRandom;
import org.tlscodec.crypto.sig.SigningKey;
import org.tlscodec.crypto.sig.VerifyingKey;
import org.tlscodec.crypto.x509.KeyAlgorithm;
import org.tlscodec.crypto.x509.KeyPairDer;
import org.tlscodec.crypto.x509.Keys;

/**
 * The keys the signature tests sign with: the bundled captures' PKI (server-rsa, server-ecdsa,
 * server-ed25519, client-rsa: made with OpenSSL), and keys generated deterministically from a
 * fixed seed for what the PKI lacks: P-384, P-521, the three brainpool curves, Ed448, DSA-2048 and
 * an RSA-2048 key with the id-RSASSA-PSS OID. {@link Keys#generate} makes the EC and EdDSA keys;
 * it has no DSA or RSASSA-PSS kind, so those two come from Bouncy Castle's generators here, fed by
 * the same {@link SeededRandom}.
 */
final class SigTestKeys {
    private static final Bytes SEED = Bytes.utf8("tlscodec signature vectors");

    /** A signing key with its public half and a name. */
    record Pair(String name, SigningKey signing, VerifyingKey verifying) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Pair SERVER_RSA = bundled("server-rsa");
    static final Pair SERVER_ECDSA = bundled("server-ecdsa");
    static final Pair SERVER_ED25519 = bundled("server-ed25519");
    static final Pair CLIENT_RSA = bundled("client-rsa");
    static final Pair P384 = generated("P-384", KeyAlgorithm.ec("secp384r1"));
    static final Pair P521 = generated("P-521", KeyAlgorithm.ec("secp521r1"));
    static final Pair BRAINPOOL_P256 = generated("brainpoolP256r1", KeyAlgorithm.ec("brainpoolP256r1"));
    static final Pair BRAINPOOL_P384 = generated("brainpoolP384r1", KeyAlgorithm.ec("brainpoolP384r1"));
    static final Pair BRAINPOOL_P512 = generated("brainpoolP512r1", KeyAlgorithm.ec("brainpoolP512r1"));
    static final Pair ED448 = generated("Ed448", KeyAlgorithm.ed448());
    static final Pair DSA = bouncyCastle("DSA-2048", "DSA", 2048);
    static final Pair RSA_PSS = bouncyCastle("RSASSA-PSS-2048", "RSASSA-PSS", 2048);

    /** Every key, bundled first. */
    static final Vector<Pair> ALL = Vector.of(SERVER_RSA, SERVER_ECDSA, SERVER_ED25519, CLIENT_RSA, P384, P521,
            BRAINPOOL_P256, BRAINPOOL_P384, BRAINPOOL_P512, ED448, DSA, RSA_PSS);

    private SigTestKeys() {
    }

    private static Pair bundled(String name) {
        return new Pair(name, SigKat.pkiSigningKey(name), SigKat.pkiVerifyingKey(name));
    }

    private static Pair generated(String name, KeyAlgorithm algorithm) {
        KeyPairDer pair = Keys.generate(algorithm, random(name)).getOrElseThrow(e -> new AssertionError(e.detail()));
        return new Pair(name, SigKat.right(SigningKey.of(pair)), SigKat.right(VerifyingKey.of(pair)));
    }

    private static Pair bouncyCastle(String name, String algorithm, int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm, new BouncyCastleProvider());
            generator.initialize(bits, random(name));
            KeyPair pair = generator.generateKeyPair();
            return new Pair(name, SigKat.right(SigningKey.of(Bytes.of(pair.getPrivate().getEncoded()))),
                    SigKat.right(VerifyingKey.of(Bytes.of(pair.getPublic().getEncoded()))));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(name + ": " + e, e);
        }
    }

    private static SecureRandom random(String name) {
        return SeededRandom.of(SEED, name + " key");
    }
}
