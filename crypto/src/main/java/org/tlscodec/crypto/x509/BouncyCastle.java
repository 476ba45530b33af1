package org.tlscodec.crypto.x509;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The Bouncy Castle provider, used explicitly and never registered globally. */
final class BouncyCastle {
    static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }

    /** A short account of a throwable for an error value. */
    static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
