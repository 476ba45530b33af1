package org.tlscodec.crypto.x509;

/** What kind of key pair to generate. */
public sealed interface KeyAlgorithm {

    /** RSA with a modulus of {@code bits} bits and public exponent 65537. */
    record Rsa(int bits) implements KeyAlgorithm {
    }

    /** ECDSA / ECDH on a named curve (e.g. "secp256r1", "secp384r1", "secp521r1", "brainpoolP256r1"). */
    record Ec(String curve) implements KeyAlgorithm {
    }

    /** Ed25519 (RFC 8032). */
    record Ed25519() implements KeyAlgorithm {
    }

    /** Ed448 (RFC 8032). */
    record Ed448() implements KeyAlgorithm {
    }

    static KeyAlgorithm rsa(int bits) {
        return new Rsa(bits);
    }

    static KeyAlgorithm ec(String curve) {
        return new Ec(curve);
    }

    static KeyAlgorithm ed25519() {
        return new Ed25519();
    }

    static KeyAlgorithm ed448() {
        return new Ed448();
    }
}
