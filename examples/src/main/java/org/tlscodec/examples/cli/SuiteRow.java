package org.tlscodec.examples.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.Vector;
import org.tlscodec.crypto.suite.CipherSuiteInfo;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * One line of {@code tlscodec suites}: a {@link CipherSuiteInfo} as the strings it is printed with.
 * Code points as the RFCs write them ({@code 0x1301}; the SSL 2.0 draft's three-byte CIPHER-KINDs
 * as {@code 0x010080}); the parameters by their enum names. A suite without a key exchange of its
 * own says why: {@code NEGOTIATED} for TLS 1.3 suites (RFC 8446 section 4.2.7/4.2.8, the hello
 * extensions carry it), {@code NONE} for the signalling values and GREASE.
 */
record SuiteRow(String code, String name, String kx, String auth, String cipher, String mac, String prf,
                ProtocolVersion minVersion, ProtocolVersion maxVersion, boolean usable) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static SuiteRow of(CipherSuiteInfo suite) {
        String kx = suite.keyExchange().map(Enum::name).getOrElse(suite.tls13() ? "NEGOTIATED" : "NONE");
        return new SuiteRow(DemoReport.code(suite.code(), suite.sslV2() ? 3 : 2), suite.name(), kx,
                suite.authentication().name(), suite.cipher().name(), suite.mac().name(), suite.prf().name(),
                suite.minVersion(), suite.maxVersion(), suite.usable());
    }

    /** Every registered TLS cipher suite in code order, then every SSL 2.0 cipher kind. */
    static Vector<SuiteRow> registry() {
        return CipherSuiteInfo.all().appendAll(CipherSuiteInfo.allSslV2()).map(SuiteRow::of);
    }

    /** The versions as names for the table: "TLS 1.2", or "SSL 3.0..TLS 1.2". */
    String versions() {
        String min = minVersion.name().getOrElse(() -> DemoReport.code(minVersion.code(), 2));
        String max = maxVersion.name().getOrElse(() -> DemoReport.code(maxVersion.code(), 2));
        return min.equals(max) ? min : min + ".." + max;
    }

    ObjectNode json() {
        ObjectNode json = NODES.objectNode();
        json.put("code", code);
        json.put("name", name);
        json.put("kx", kx);
        json.put("auth", auth);
        json.put("cipher", cipher);
        json.put("mac", mac);
        json.put("prf", prf);
        json.put("min_version", DemoReport.code(minVersion.code(), 2));
        json.put("max_version", DemoReport.code(maxVersion.code(), 2));
        json.put("usable", usable);
        return json;
    }
}
