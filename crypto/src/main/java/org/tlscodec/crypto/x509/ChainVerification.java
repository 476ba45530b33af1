package org.tlscodec.crypto.x509;

import io.vavr.collection.Vector;

/** The outcome of verifying a chain: the path that was checked (leaf first, trust anchor last) and every problem found. */
public record ChainVerification(Vector<ParsedCertificate> path, Vector<ChainProblem> problems) {

    /** True when nothing was found wrong. */
    public boolean valid() {
        return problems.isEmpty();
    }
}
