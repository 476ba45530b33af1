package org.tlscodec.crypto.sig;

import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;

/**
 * Keys in the form of the provider that uses them. The x509 package reads keys with Bouncy
 * Castle; RSA signatures run on the JDK's SunRsaSign ({@link Method}), which would otherwise
 * convert a Bouncy Castle RSA key on every call (verification about 1.5 times slower), so RSA keys
 * are converted once, when a {@link VerifyingKey} or {@link SigningKey} is made. Other keys stay
 * Bouncy Castle's, whose provider runs their signatures.
 */
final class ProviderKeys {
    private ProviderKeys() {
    }

    static PublicKey forSignature(PublicKey key) {
        return key instanceof RSAKey ? translate(key) : key;
    }

    static PrivateKey forSignature(PrivateKey key) {
        return key instanceof RSAKey ? translate(key) : key;
    }

    /** The JDK's own key for the same numbers; the key as given if the JDK cannot take it (it then converts per call). */
    @SuppressWarnings("unchecked")
    private static <K extends Key> K translate(K key) {
        try {
            return (K) KeyFactory.getInstance(key.getAlgorithm()).translateKey(key);
        } catch (Exception e) {
            return key;
        }
    }
}
