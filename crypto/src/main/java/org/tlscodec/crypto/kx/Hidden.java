package org.tlscodec.crypto.kx;

import org.tlscodec.codec.Bytes;

/** How secrets show in {@code toString}: their size only (DESIGN.md section 5). */
final class Hidden {
    private Hidden() {
    }

    static String bytes(Bytes secret) {
        return "<" + secret.size() + " bytes>";
    }
}
