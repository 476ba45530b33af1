package org.tlscodec.crypto.kdf;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;

/** Helpers shared by the derivations of this package. */
final class Secrets {
    private Secrets() {
    }

    /** How a secret shows in {@code toString}: its length only. */
    static String hidden(Bytes secret) {
        return "<" + secret.size() + " bytes>";
    }

    /**
     * The value of a derivation whose parameters are fixed by this package (labels of RFC 8446,
     * output lengths of HashLen) and so always within bounds: a Left here is a bug in this package.
     */
    static Bytes fixed(Either<KdfError, Bytes> derived) {
        return derived.getOrElseThrow(e -> new IllegalStateException("fixed derivation failed: " + e.message()));
    }
}
