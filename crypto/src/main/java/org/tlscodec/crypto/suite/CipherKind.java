package org.tlscodec.crypto.suite;

/** How a bulk cipher protects a record (RFC 5246 section 6.2.3): not at all, as a stream, in CBC blocks, or as an AEAD. */
public enum CipherKind {
    NULL, STREAM, BLOCK, AEAD
}
