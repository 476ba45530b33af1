package org.tlscodec.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.tls.registry.CertificateType;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;

class WireContextTest {

    /** Every combination of a few versions, suites, certificate types and strictness, each built twice. */
    private static Vector<WireContext> contexts() {
        Vector<WireContext> all = Vector.empty();
        for (ProtocolVersion v : Vector.of(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3, ProtocolVersion.of(0x0305))) {
            for (CipherSuite s : Vector.of(CipherSuite.of(0xc02f), CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.of(0x0303))) {
                for (CertificateType t : Vector.of(CertificateType.X509, CertificateType.RAW_PUBLIC_KEY)) {
                    for (boolean lenient : new boolean[] {false, true}) {
                        all = all.append(WireContext.negotiated(v, s).withCertificateType(t).withLenient(lenient));
                        all = all.append(WireContext.initial().withCipherSuite(s).withVersion(v).withCertificateType(t).withLenient(lenient));
                    }
                }
            }
        }
        return all.append(WireContext.initial()).append(WireContext.initial().withLenient(true))
                .append(WireContext.initial().withVersion(ProtocolVersion.TLS_1_2))
                .append(WireContext.initial().withCipherSuite(CipherSuite.of(0xc02f)));
    }

    @Test
    void equalContextsHashAlikeAndDifferentOnesHereHashApart() {
        Vector<WireContext> all = contexts();
        for (WireContext a : all) {
            for (WireContext b : all) {
                if (a.equals(b)) {
                    assertThat(a.hashCode()).as("%s and %s", a, b).isEqualTo(b.hashCode());
                } else {
                    // Not a requirement of hashCode, but these codes differ in one field each.
                    assertThat(a.hashCode()).as("%s and %s", a, b).isNotEqualTo(b.hashCode());
                }
            }
        }
    }
}
