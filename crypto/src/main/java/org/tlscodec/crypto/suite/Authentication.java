package org.tlscodec.crypto.suite;

/**
 * How the server (and optionally the client) proves its identity under a suite. Static-DH suites
 * name the algorithm that signed the DH certificate. TLS 1.3 suites leave it to the handshake
 * (certificate or PSK), hence {@link #NEGOTIATED}.
 */
public enum Authentication {
    NULL, RSA, DSS, ECDSA, ANONYMOUS, PSK, SRP, KRB5, PASSWORD, GOST, FORTEZZA, SM2, NEGOTIATED
}
