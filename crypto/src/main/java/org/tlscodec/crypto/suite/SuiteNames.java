package org.tlscodec.crypto.suite;


import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.tlscodec.tls.KeyExchangeAlgorithm;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SslV2CipherKind;

/**
 * Reads a suite's parameters from its registered name: {@code TLS_<kx>_WITH_<cipher>_<mac>} up to
 * TLS 1.2, {@code TLS_<aead>_<hash>} for TLS 1.3. The cipher and MAC tokens come from the small
 * tables in {@link BulkCipher} and {@link #macSuffix}; the key exchange from
 * {@link KeyExchangeAlgorithm#of}. Built once, for every registered code.
 *
 * <p>Version rules (the registry gives no versions, so they follow the defining RFCs):
 * TLS 1.3 suites [1.3, 1.3]; AEAD suites and those with a SHA-256/SHA-384 MAC [1.2, 1.2]
 * (RFC 5246, 5288, 5289); export suites [SSL 3.0, TLS 1.0] (RFC 4346 forbids them in 1.1);
 * DES and IDEA [.., TLS 1.1] (RFC 5469); everything else up to TLS 1.2, from SSL 3.0 when the key
 * exchange existed in SSL 3.0 (RSA, DH, DHE, DH_anon, FORTEZZA) and from TLS 1.0 otherwise (ECC,
 * PSK, SRP, Kerberos, ...). Signalling values and GREASE span SSL 3.0 to TLS 1.3.
 */
final class SuiteNames {
    // before the maps: their initialisers read it
    private static final String[] MAC_SUFFIXES = {"_SHA384", "_SHA256", "_SHA512", "_SHA", "_MD5", "_SM3", "_IMIT", "_OMAC"};

    static final Map<Integer, CipherSuiteInfo> TLS = CipherSuite.REGISTRY.known()
            .toMap(CipherSuite::code, SuiteNames::tls);
    static final Map<Integer, CipherSuiteInfo> SSL2 = SslV2CipherKind.REGISTRY.known()
            .flatMap(k -> sslV2(k).map(i -> io.vavr.Tuple.of(k.code(), i)))
            .toMap(t -> t);

    private SuiteNames() {
    }

    private static CipherSuiteInfo tls(CipherSuite suite) {
        String name = suite.name().getOrElse("");
        ProtocolVersion ssl3 = ProtocolVersion.SSL_3_0;
        if (suite.isScsv() || suite.isGrease() || name.isEmpty()) {
            return new CipherSuiteInfo(suite, name, Option.none(), Authentication.NULL, BulkCipher.NULL, MacAlgorithm.NULL,
                    PrfHash.NONE, ssl3, ProtocolVersion.TLS_1_3);
        }
        int with = name.indexOf("_WITH_");
        String rest = with >= 0 ? name.substring(with + "_WITH_".length()) : name.substring(name.indexOf('_') + 1);
        Option<KeyExchangeAlgorithm> kx = KeyExchangeAlgorithm.of(suite);
        BulkCipher cipher = BulkCipher.NULL;
        MacAlgorithm mac = MacAlgorithm.NULL;
        PrfHash prf = PrfHash.SHA256;
        String macToken = "";
        for (String suffix : MAC_SUFFIXES) {
            if (rest.endsWith(suffix) && BulkCipher.byToken(rest.substring(0, rest.length() - suffix.length())).isDefined()) {
                macToken = suffix.substring(1);
                break;
            }
        }
        String cipherToken = macToken.isEmpty() ? rest : rest.substring(0, rest.length() - macToken.length() - 1);
        if (rest.equals("NULL_NULL")) {
            cipherToken = "NULL";
            macToken = "NULL";
        }
        cipher = BulkCipher.byToken(cipherToken).getOrElse(BulkCipher.NULL);
        if (cipher.kind() == CipherKind.AEAD) {
            mac = MacAlgorithm.AEAD;
            prf = hashOf(macToken.isEmpty() ? (cipher.name().startsWith("MAGMA") || cipher.name().startsWith("KUZ")
                    ? "GOST" : "SHA256") : macToken);
        } else {
            mac = macOf(macToken);
            prf = macToken.equals("SHA384") ? PrfHash.SHA384 : macToken.equals("IMIT") || macToken.equals("OMAC")
                    ? PrfHash.GOSTR3411_2012_256 : PrfHash.SHA256;
        }
        boolean tls13 = with < 0 || cipher.name().contains("MGM");
        Option<KeyExchangeAlgorithm> kx13 = tls13 ? Option.none() : kx;
        boolean export = cipher.export() || name.contains("EXPORT");
        ProtocolVersion min;
        ProtocolVersion max;
        if (tls13) {
            min = ProtocolVersion.TLS_1_3;
            max = ProtocolVersion.TLS_1_3;
        } else if (cipher.kind() == CipherKind.AEAD || mac == MacAlgorithm.SHA256 || mac == MacAlgorithm.SHA384
                || kx.exists(k -> k == KeyExchangeAlgorithm.GOSTR341112_256)) {
            min = ProtocolVersion.TLS_1_2;
            max = ProtocolVersion.TLS_1_2;
        } else {
            boolean ssl3Era = kx.exists(SuiteNames::ssl3Era);
            min = ssl3Era ? ssl3 : ProtocolVersion.TLS_1_0;
            max = export ? ProtocolVersion.TLS_1_0
                    : cipher == BulkCipher.DES_CBC || cipher == BulkCipher.IDEA_CBC ? ProtocolVersion.TLS_1_1
                    : ProtocolVersion.TLS_1_2;
        }
        if (max.code() < ProtocolVersion.TLS_1_2.code()) {
            prf = PrfHash.MD5_SHA1;
        }
        Authentication auth = tls13 ? Authentication.NEGOTIATED : kx.map(SuiteNames::authOf).getOrElse(Authentication.NULL);
        return new CipherSuiteInfo(suite, name, kx13, auth, cipher, mac, prf, min, max);
    }

    private static Option<CipherSuiteInfo> sslV2(SslV2CipherKind kind) {
        if (kind.isTlsSuite()) {
            return Option.none();
        }
        String name = kind.name().getOrElse("");
        BulkCipher cipher;
        if (name.contains("RC4_128_EXPORT40")) {
            cipher = BulkCipher.RC4_40;
        } else if (name.contains("RC4_128")) {
            cipher = BulkCipher.RC4_128;
        } else if (name.contains("RC2_128_CBC_EXPORT40")) {
            cipher = BulkCipher.RC2_CBC_40;
        } else if (name.contains("RC2_128_CBC")) {
            cipher = BulkCipher.RC2_CBC_128;
        } else if (name.contains("IDEA")) {
            cipher = BulkCipher.IDEA_CBC;
        } else if (name.contains("DES_64")) {
            cipher = BulkCipher.DES_CBC;
        } else if (name.contains("EDE3")) {
            cipher = BulkCipher.TRIPLE_DES_EDE_CBC;
        } else {
            return Option.none();
        }
        return Option.some(new CipherSuiteInfo(kind, name, Option.some(KeyExchangeAlgorithm.RSA), Authentication.RSA,
                cipher, MacAlgorithm.MD5, PrfHash.SSL2_MD5, ProtocolVersion.SSL_2_0, ProtocolVersion.SSL_2_0));
    }

    private static MacAlgorithm macOf(String token) {
        switch (token) {
            case "MD5": return MacAlgorithm.MD5;
            case "SHA": return MacAlgorithm.SHA1;
            case "SHA256": return MacAlgorithm.SHA256;
            case "SHA384": return MacAlgorithm.SHA384;
            case "IMIT": return MacAlgorithm.GOST28147_IMIT;
            case "OMAC": return MacAlgorithm.GOST_OMAC;
            default: return MacAlgorithm.NULL;
        }
    }

    private static PrfHash hashOf(String token) {
        switch (token) {
            case "SHA384": return PrfHash.SHA384;
            case "SHA512": return PrfHash.SHA512;
            case "SM3": return PrfHash.SM3;
            case "GOST": return PrfHash.GOSTR3411_2012_256;
            default: return PrfHash.SHA256;
        }
    }

    private static boolean ssl3Era(KeyExchangeAlgorithm kx) {
        switch (kx) {
            case NULL: case RSA: case RSA_EXPORT: case RSA_FIPS: case DH_DSS: case DH_RSA: case DHE_DSS: case DHE_RSA:
            case DH_ANON: case DH_DSS_EXPORT: case DH_RSA_EXPORT: case DHE_DSS_EXPORT: case DHE_RSA_EXPORT:
            case DH_ANON_EXPORT: case FORTEZZA:
                return true;
            default:
                return false;
        }
    }

    private static Authentication authOf(KeyExchangeAlgorithm kx) {
        switch (kx) {
            case NULL: return Authentication.NULL;
            case RSA: case RSA_EXPORT: case RSA_FIPS: case DH_RSA: case DHE_RSA: case DH_RSA_EXPORT: case DHE_RSA_EXPORT:
            case ECDH_RSA: case ECDHE_RSA: case RSA_PSK: case SRP_SHA_RSA:
                return Authentication.RSA;
            case DH_DSS: case DHE_DSS: case DH_DSS_EXPORT: case DHE_DSS_EXPORT: case SRP_SHA_DSS:
                return Authentication.DSS;
            case ECDH_ECDSA: case ECDHE_ECDSA:
                return Authentication.ECDSA;
            case DH_ANON: case DH_ANON_EXPORT: case ECDH_ANON:
                return Authentication.ANONYMOUS;
            case PSK: case DHE_PSK: case ECDHE_PSK:
                return Authentication.PSK;
            case SRP_SHA: return Authentication.SRP;
            case KRB5: case KRB5_EXPORT: return Authentication.KRB5;
            case ECCPWD: return Authentication.PASSWORD;
            case GOSTR341112_256: case GOSTR341001: return Authentication.GOST;
            case FORTEZZA: return Authentication.FORTEZZA;
            case SM2: return Authentication.SM2;
            default: return Authentication.NULL;
        }
    }

}
