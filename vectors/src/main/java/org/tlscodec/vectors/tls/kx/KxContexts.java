package org.tlscodec.vectors.tls.kx;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * One suite for every key-exchange family, each under TLS 1.0 and TLS 1.2 (and SSL 3.0 for the
 * RSA suite, whose ClientKeyExchange differs there), plus contexts with no known key exchange:
 * the contexts the key-exchange laws run under, each with a name for the test report.
 */
public final class KxContexts {
    private KxContexts() {
    }

    private static final int[] SUITES = {
        0x002f, // RSA
        0x0003, // RSA_EXPORT
        0x0031, // DH_RSA
        0x0033, // DHE_RSA
        0x0011, // DHE_DSS_EXPORT
        0x0034, // DH_anon
        0xc00e, // ECDH_RSA
        0xc02f, // ECDHE_RSA
        0xc009, // ECDHE_ECDSA
        0xc018, // ECDH_anon
        0x008c, // PSK
        0x0090, // DHE_PSK
        0x0094, // RSA_PSK
        0xc035, // ECDHE_PSK
        0xc01d, // SRP_SHA
        0xc01e, // SRP_SHA_RSA
        0xc01f, // SRP_SHA_DSS
        0x0020, // KRB5
    };

    /** Every family under TLS 1.0 and TLS 1.2, SSL 3.0 for RSA, and the unknown cases. */
    public static Vector<Tuple2<String, WireContext>> all() {
        Vector<Tuple2<String, WireContext>> out = Vector.empty();
        for (int suite : SUITES) {
            for (ProtocolVersion v : new ProtocolVersion[] {ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_2}) {
                out = out.append(named(v, CipherSuite.of(suite)));
            }
        }
        return out.append(named(ProtocolVersion.SSL_3_0, CipherSuite.of(0x002f)))
                .append(named(ProtocolVersion.TLS_1_3, CipherSuite.of(0x1301)))
                .append(named(ProtocolVersion.TLS_1_2, CipherSuite.of(0x7777)))
                .append(Tuple.of("nothing negotiated", WireContext.initial()));
    }

    private static Tuple2<String, WireContext> named(ProtocolVersion v, CipherSuite s) {
        WireContext ctx = WireContext.negotiated(v, s);
        return Tuple.of(v + " " + s + " (" + ctx.keyExchange().map(Enum::name).getOrElse("no key exchange") + ")", ctx);
    }
}
