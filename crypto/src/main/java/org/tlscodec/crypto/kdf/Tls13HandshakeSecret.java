package org.tlscodec.crypto.kdf;

import static org.tlscodec.crypto.kdf.Secrets.fixed;

import org.tlscodec.codec.Bytes;

/**
 * The second stage of the TLS 1.3 key schedule (RFC 8446 section 7.1): the Handshake Secret, the
 * handshake traffic secrets over ClientHello...ServerHello, and the Master Secret after it.
 * Secret: {@code toString} shows lengths only.
 */
public record Tls13HandshakeSecret(HashAlgorithm hash, Bytes secret) {

    /** client_handshake_traffic_secret = Derive-Secret(., "c hs traffic", ClientHello...ServerHello). */
    public Bytes clientHandshakeTrafficSecret(Bytes helloHash) {
        return fixed(Hkdf.deriveSecret(hash, secret, "c hs traffic", helloHash));
    }

    /** server_handshake_traffic_secret = Derive-Secret(., "s hs traffic", ClientHello...ServerHello). */
    public Bytes serverHandshakeTrafficSecret(Bytes helloHash) {
        return fixed(Hkdf.deriveSecret(hash, secret, "s hs traffic", helloHash));
    }

    /** Derive-Secret(Handshake Secret, "derived", ""): the salt of the master secret. */
    public Bytes derivedSecret() {
        return fixed(Hkdf.deriveSecret(hash, secret, "derived", hash.emptyHash()));
    }

    /** Master Secret = HKDF-Extract(Derive-Secret(., "derived", ""), HashLen zeros). */
    public Tls13MasterSecret masterSecret() {
        return new Tls13MasterSecret(hash, Hkdf.extract(hash, derivedSecret(), Bytes.zeros(hash.length())));
    }

    @Override
    public String toString() {
        return "Tls13HandshakeSecret[" + hash + ", " + Secrets.hidden(secret) + "]";
    }
}
