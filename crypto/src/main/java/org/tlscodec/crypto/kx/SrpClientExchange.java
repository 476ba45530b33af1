package org.tlscodec.crypto.kx;

import org.tlscodec.codec.Bytes;

/** What the SRP client sends and keeps: A (the ClientKeyExchange's srp_A) and the premaster secret S. {@code toString} hides S. */
public record SrpClientExchange(Bytes publicA, Bytes premaster) {
    @Override
    public String toString() {
        return "SrpClientExchange[A=" + publicA.size() + " bytes, premaster=" + Hidden.bytes(premaster) + "]";
    }
}
