package org.tlscodec.crypto.x509;

/** What the leaf of a chain is checked for. */
public enum Purpose {
    /** No leaf-specific check. */
    ANY,
    /** A TLS server: digitalSignature if keyUsage is present, serverAuth if extendedKeyUsage is present. */
    TLS_SERVER,
    /** A TLS client: digitalSignature if keyUsage is present, clientAuth if extendedKeyUsage is present. */
    TLS_CLIENT
}
