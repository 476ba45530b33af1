package org.tlscodec.tls.handshake;

import io.vavr.control.Option;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * The handshake generation of a negotiated version: the messages whose bytes changed between
 * versions (Finished in SSL 3.0, CertificateVerify and CertificateRequest in TLS 1.2, most of the
 * rest in TLS 1.3) pick their form from it. DTLS 1.0 is TLS 1.1 and DTLS 1.2 is TLS 1.2 here
 * (RFC 6347 section 1 and 4.2). A version that is not known (or not one of these) has no
 * generation, and the messages that depend on it stay raw.
 */
enum Generation {
    SSL3, TLS10, TLS11, TLS12, TLS13;

    static Option<Generation> of(WireContext ctx) {
        return ctx.version().flatMap(Generation::of);
    }

    static Option<Generation> of(ProtocolVersion v) {
        if (v.isTls13OrLater()) {
            return Option.some(TLS13);
        }
        switch (v.code()) {
            case 0x0300: return Option.some(SSL3);
            case 0x0301: return Option.some(TLS10);
            case 0x0302: case 0xfeff: return Option.some(TLS11);
            case 0x0303: case 0xfefd: return Option.some(TLS12);
            default: return Option.none();
        }
    }

    /** TLS 1.2 added SignatureAndHashAlgorithm to CertificateVerify and CertificateRequest (RFC 5246 section 7.4.4, 7.4.8). */
    boolean signsWithAlgorithm() {
        return this == TLS12 || this == TLS13;
    }
}
