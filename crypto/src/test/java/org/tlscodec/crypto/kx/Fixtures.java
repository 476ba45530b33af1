package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import java.security.SecureRandom;
import org.tlscodec.codec.Bytes;
import org.tlscodec.crypto.pki.SeededRandom;

/** Deterministic randomness and unwrapping for the key exchange tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** A seeded stream: the same purpose gives the same bytes on every run. */
    static SecureRandom random(String purpose) {
        return SeededRandom.of(Bytes.utf8("kx tests"), purpose);
    }

    static <T> T right(Either<KxError, T> e) {
        return e.getOrElseThrow(err -> new AssertionError(err.message()));
    }

    static <T> KxError left(Either<KxError, T> e) {
        if (e.isRight()) {
            throw new AssertionError("expected an error, got " + e.get());
        }
        return e.getLeft();
    }
}
