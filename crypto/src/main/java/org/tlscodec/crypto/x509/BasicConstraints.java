package org.tlscodec.crypto.x509;

import io.vavr.control.Option;

/** basicConstraints (RFC 5280 section 4.2.1.9): whether the subject is a CA, and how many CAs may follow below it. */
public record BasicConstraints(boolean ca, Option<Integer> pathLength) {

    /** A CA certificate with no path length limit. */
    public static BasicConstraints unlimitedCa() {
        return new BasicConstraints(true, Option.none());
    }

    /** A CA with at most {@code n} intermediate CAs below it. */
    public static BasicConstraints caWithPathLength(int n) {
        return new BasicConstraints(true, Option.some(n));
    }

    /** An end-entity certificate. */
    public static BasicConstraints endEntity() {
        return new BasicConstraints(false, Option.none());
    }
}
