package org.tlscodec.crypto.x509;

/** Why an X.509 operation gave no result. */
public sealed interface X509Error {

    /** A human-readable account. */
    String detail();

    /** The input is not a well-formed certificate, key, name or PEM text. */
    record Malformed(String detail) implements X509Error {
    }

    /** Well-formed, but an algorithm or parameter this library (or the JCA) does not support. */
    record Unsupported(String detail) implements X509Error {
    }

    /** Key generation, signing or writing failed. */
    record Failed(String detail) implements X509Error {
    }
}
