package org.tlscodec.crypto.kx;

import org.tlscodec.codec.Bytes;

/** What ML-KEM.Encaps gives: the ciphertext to send (the server's key share) and the shared secret. {@code toString} hides the secret. */
public record MlKemEncapsulation(Bytes ciphertext, Bytes sharedSecret) {
    @Override
    public String toString() {
        return "MlKemEncapsulation[ciphertext=" + ciphertext.size() + " bytes, sharedSecret=" + Hidden.bytes(sharedSecret) + "]";
    }
}
