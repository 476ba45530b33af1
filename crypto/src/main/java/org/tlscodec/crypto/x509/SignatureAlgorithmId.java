package org.tlscodec.crypto.x509;

import org.tlscodec.codec.Bytes;

/** A certificate's signatureAlgorithm: OID, Bouncy Castle's name for it (e.g. "SHA256WITHRSA"), and the DER AlgorithmIdentifier. */
public record SignatureAlgorithmId(String oid, String name, Bytes algorithmIdentifier) {
}
