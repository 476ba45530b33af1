package org.tlscodec.crypto.pki;

import org.tlscodec.crypto.x509.X509Error;

/** Why a test PKI could not be made or written. */
public sealed interface PkiError {

    String detail();

    /** Generating a key or signing a certificate failed. */
    record Generation(String what, X509Error cause) implements PkiError {
        @Override
        public String detail() {
            return what + ": " + cause.detail();
        }
    }

    /** The validity asked for cannot be encoded. */
    record BadValidity(String detail) implements PkiError {
    }

    /** Writing a file failed. */
    record Io(String path, String detail) implements PkiError {
    }
}
