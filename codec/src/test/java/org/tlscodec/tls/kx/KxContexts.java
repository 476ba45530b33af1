package org.tlscodec.tls.kx;

import org.tlscodec.tls.KeyExchangeAlgorithm;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;

/** Contexts for the key-exchange tests: a version and a suite, checked to have the key exchange meant. */
final class KxContexts {
    private KxContexts() {
    }

    static WireContext tls12(int suite, KeyExchangeAlgorithm kx) {
        return of(ProtocolVersion.TLS_1_2, suite, kx);
    }

    static WireContext tls10(int suite, KeyExchangeAlgorithm kx) {
        return of(ProtocolVersion.TLS_1_0, suite, kx);
    }

    static WireContext of(ProtocolVersion version, int suite, KeyExchangeAlgorithm kx) {
        WireContext ctx = WireContext.negotiated(version, CipherSuite.of(suite));
        if (!ctx.keyExchange().contains(kx)) {
            throw new IllegalArgumentException("suite 0x" + Integer.toHexString(suite) + " is " + ctx.keyExchange() + ", not " + kx);
        }
        return ctx;
    }
}
