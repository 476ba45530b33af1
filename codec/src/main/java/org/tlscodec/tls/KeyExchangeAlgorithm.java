package org.tlscodec.tls;

import io.vavr.control.Option;
import org.tlscodec.tls.registry.CipherSuite;

/**
 * The key exchange of a cipher suite, which decides the shape of ServerKeyExchange and
 * ClientKeyExchange (RFC 5246 section 7.4.3 and 7.4.7, RFC 4279 PSK, RFC 5054 SRP, RFC 8422 ECC,
 * RFC 5489 ECDHE_PSK, RFC 8492 ECCPWD). Read from the suite's registered name,
 * {@code TLS_<kx>_WITH_<cipher>_<mac>}, so every registered suite maps without a second table.
 * TLS 1.3 suites have none: their key exchange is in the hello extensions.
 */
public enum KeyExchangeAlgorithm {
    NULL, RSA, RSA_EXPORT, RSA_FIPS, DH_DSS, DH_RSA, DHE_DSS, DHE_RSA, DH_ANON, DH_DSS_EXPORT, DH_RSA_EXPORT,
    DHE_DSS_EXPORT, DHE_RSA_EXPORT, DH_ANON_EXPORT, ECDH_ECDSA, ECDH_RSA, ECDHE_ECDSA, ECDHE_RSA, ECDH_ANON,
    PSK, DHE_PSK, RSA_PSK, ECDHE_PSK, SRP_SHA, SRP_SHA_RSA, SRP_SHA_DSS, KRB5, KRB5_EXPORT, ECCPWD,
    GOSTR341112_256, GOSTR341001, FORTEZZA, SM2;

    /** The key exchange of a suite, or none for TLS 1.3 suites, SCSVs, GREASE and unregistered codes. */
    public static Option<KeyExchangeAlgorithm> of(CipherSuite suite) {
        Option<String> name = suite.name();
        if (name.isEmpty()) {
            return Option.none();
        }
        String n = name.get();
        int with = n.indexOf("_WITH_");
        if (with < 0) {
            return Option.none();
        }
        String kx = n.substring(n.indexOf('_') + 1, with).toUpperCase(java.util.Locale.ROOT);
        switch (kx) {
            case "NULL": return Option.some(NULL);
            case "DH_ANON": return Option.some(DH_ANON);
            case "DH_ANON_EXPORT": return Option.some(DH_ANON_EXPORT);
            case "ECDH_ANON": return Option.some(ECDH_ANON);
            case "RSA_FIPS": return Option.some(RSA_FIPS);
            case "FORTEZZA_KEA": return Option.some(FORTEZZA);
            case "PSK_DHE": return Option.some(DHE_PSK); // RFC 6655 names its DHE_PSK CCM_8 suites this way round
            case "RSA_EXPORT1024": return Option.some(RSA_EXPORT);
            case "DHE_DSS_EXPORT1024": return Option.some(DHE_DSS_EXPORT);
            default:
                break;
        }
        if (kx.startsWith("KRB5")) {
            return Option.some(kx.contains("EXPORT") ? KRB5_EXPORT : KRB5);
        }
        if (kx.startsWith("GOSTR341112")) {
            return Option.some(GOSTR341112_256);
        }
        if (kx.startsWith("GOSTR341001") || kx.startsWith("GOSTR341094")) {
            return Option.some(GOSTR341001);
        }
        if (kx.startsWith("ECC") || kx.startsWith("SM2")) {
            return Option.some(kx.startsWith("ECC") ? ECCPWD : SM2);
        }
        try {
            return Option.some(valueOf(kx));
        } catch (IllegalArgumentException e) {
            return Option.none();
        }
    }

    /** True for the key exchanges whose ServerKeyExchange carries ephemeral Diffie-Hellman parameters. */
    public boolean isEphemeralDh() {
        return this == DHE_DSS || this == DHE_RSA || this == DH_ANON || this == DHE_DSS_EXPORT || this == DHE_RSA_EXPORT
                || this == DH_ANON_EXPORT || this == DHE_PSK;
    }

    /** True for the key exchanges whose ServerKeyExchange carries ephemeral elliptic-curve parameters. */
    public boolean isEphemeralEcdh() {
        return this == ECDHE_ECDSA || this == ECDHE_RSA || this == ECDH_ANON || this == ECDHE_PSK;
    }
}
