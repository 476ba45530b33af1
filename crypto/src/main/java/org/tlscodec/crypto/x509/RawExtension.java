package org.tlscodec.crypto.x509;

import org.tlscodec.codec.Bytes;

/** An extension as it is encoded: its OID, critical flag and the contents of extnValue. */
public record RawExtension(String oid, boolean critical, Bytes value) {
}
