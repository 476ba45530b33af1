package org.tlscodec.crypto.suite;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.tls.KeyExchangeAlgorithm;
import org.tlscodec.tls.registry.CipherSuite;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.RegistryValue;
import org.tlscodec.tls.registry.SslV2CipherKind;

/**
 * The parameters of a cipher suite (or SSL 2.0 cipher kind), read from its registered name with
 * the tables of {@link SuiteNames}.
 *
 * <p><b>Usable</b> ({@link #usable()}): this library has every primitive the suite needs: (1) its
 * bulk cipher and its MAC are implemented by the record ciphers of
 * {@code org.tlscodec.crypto.cipher}, and (2) it is a TLS 1.3 suite, or its key exchange is one
 * {@code org.tlscodec.crypto.kx} and {@code org.tlscodec.crypto.sig} perform: RSA and RSA_EXPORT
 * (RSA premaster encryption under the certificate's or the temporary key), ephemeral, static and
 * anonymous finite-field DH with their export forms, ephemeral, static and anonymous ECDH, the four
 * PSK forms, and SRP with or without an RSA or DSS signature. Kerberos, FORTEZZA, GOST, ECCPWD and
 * the RSA_FIPS suites are not, nor are SSL 2.0 kinds (no SSL 2.0 record protection here),
 * signalling values and GREASE.
 *
 * @param id             the registry value: a {@link CipherSuite} or an {@link SslV2CipherKind}
 * @param name           the registered name
 * @param keyExchange    the key exchange; none for TLS 1.3 suites (negotiated in extensions) and signalling values
 * @param authentication how the peer is authenticated
 * @param cipher         the bulk cipher
 * @param mac            the record MAC ({@link MacAlgorithm#AEAD} for AEAD suites)
 * @param prf            the key-derivation hash at {@code maxVersion} (see {@link #prfFor})
 * @param minVersion     the first version the suite may be negotiated in
 * @param maxVersion     the last version the suite may be negotiated in
 */
public record CipherSuiteInfo(RegistryValue id, String name, Option<KeyExchangeAlgorithm> keyExchange,
                              Authentication authentication, BulkCipher cipher, MacAlgorithm mac, PrfHash prf,
                              ProtocolVersion minVersion, ProtocolVersion maxVersion) {

    // Every key exchange whose primitives org.tlscodec.crypto.kx and org.tlscodec.crypto.sig have.
    private static final java.util.Set<KeyExchangeAlgorithm> USABLE_KX = java.util.EnumSet.of(
            KeyExchangeAlgorithm.RSA, KeyExchangeAlgorithm.RSA_EXPORT,
            KeyExchangeAlgorithm.DHE_DSS, KeyExchangeAlgorithm.DHE_RSA, KeyExchangeAlgorithm.DH_ANON,
            KeyExchangeAlgorithm.DHE_DSS_EXPORT, KeyExchangeAlgorithm.DHE_RSA_EXPORT, KeyExchangeAlgorithm.DH_ANON_EXPORT,
            KeyExchangeAlgorithm.DH_DSS, KeyExchangeAlgorithm.DH_RSA, KeyExchangeAlgorithm.DH_DSS_EXPORT, KeyExchangeAlgorithm.DH_RSA_EXPORT,
            KeyExchangeAlgorithm.ECDHE_ECDSA, KeyExchangeAlgorithm.ECDHE_RSA, KeyExchangeAlgorithm.ECDH_ANON,
            KeyExchangeAlgorithm.ECDH_ECDSA, KeyExchangeAlgorithm.ECDH_RSA,
            KeyExchangeAlgorithm.PSK, KeyExchangeAlgorithm.DHE_PSK, KeyExchangeAlgorithm.ECDHE_PSK, KeyExchangeAlgorithm.RSA_PSK,
            KeyExchangeAlgorithm.SRP_SHA, KeyExchangeAlgorithm.SRP_SHA_RSA, KeyExchangeAlgorithm.SRP_SHA_DSS);

    /** The parameters of a registered suite; none for an unregistered code. */
    public static Option<CipherSuiteInfo> of(CipherSuite suite) {
        return SuiteNames.TLS.get(suite.code());
    }

    /** The parameters of a registered SSL 2.0 cipher kind; a TLS suite in SSLv2 form answers that suite's. */
    public static Option<CipherSuiteInfo> of(SslV2CipherKind kind) {
        return kind.isTlsSuite() ? of(CipherSuite.of(kind.code())) : SuiteNames.SSL2.get(kind.code());
    }

    /** Every registered TLS suite, in code order. */
    public static Vector<CipherSuiteInfo> all() {
        return CipherSuite.REGISTRY.known().flatMap(CipherSuiteInfo::of);
    }

    /** Every registered SSL 2.0 cipher kind, in code order. */
    public static Vector<CipherSuiteInfo> allSslV2() {
        return SslV2CipherKind.REGISTRY.known().flatMap(CipherSuiteInfo::of);
    }

    /** The numeric code (two bytes for TLS, three for SSL 2.0). */
    public int code() {
        return id.code();
    }

    /** True for the SSL 2.0 cipher kinds. */
    public boolean sslV2() {
        return id instanceof SslV2CipherKind;
    }

    /** True for the suites defined only for TLS 1.3 (RFC 8446 appendix B.4, RFC 8998, RFC 9150, RFC 9367). */
    public boolean tls13() {
        return minVersion.equals(ProtocolVersion.TLS_1_3);
    }

    /** True for TLS_EMPTY_RENEGOTIATION_INFO_SCSV, TLS_FALLBACK_SCSV and GREASE: codes that are never negotiated. */
    public boolean signalling() {
        return id instanceof CipherSuite s && (s.isScsv() || s.isGrease());
    }

    /** True when the cipher or the key exchange is an export (40/56-bit) one. */
    public boolean export() {
        return cipher.export() || name.contains("EXPORT");
    }

    /** The strength of the bulk key in bits. */
    public int effectiveKeyBits() {
        return cipher.effectiveKeyBits();
    }

    /** The MAC key length per direction (mac_key_length): 0 for AEAD suites. */
    public int macKeyLength() {
        return mac.length();
    }

    /** See the class comment for the rule. */
    public boolean usable() {
        if (sslV2() || signalling() || !cipher.implemented() || !mac.implemented()) {
            return false;
        }
        return tls13() || keyExchange.exists(USABLE_KX::contains);
    }

    /** The key-derivation hash in a given version: SSL 3.0 and TLS 1.0/1.1 have fixed PRFs. */
    public PrfHash prfFor(ProtocolVersion version) {
        if (sslV2()) {
            return PrfHash.SSL2_MD5;
        }
        if (version.code() == ProtocolVersion.SSL_3_0.code()) {
            return PrfHash.SSL3;
        }
        if (version.code() < ProtocolVersion.TLS_1_2.code()) {
            return PrfHash.MD5_SHA1;
        }
        return prf == PrfHash.MD5_SHA1 ? PrfHash.SHA256 : prf;
    }

    /** The IV length the key block gives per direction in a version (RFC 5246 section 6.3, RFC 8446 section 7.3). */
    public int fixedIvLength(ProtocolVersion version) {
        if (version.code() >= ProtocolVersion.TLS_1_3.code() && cipher.kind() == CipherKind.AEAD) {
            return cipher == BulkCipher.INTEGRITY_SHA256 || cipher == BulkCipher.INTEGRITY_SHA384 ? cipher.ivLength() : 12;
        }
        if (cipher.kind() == CipherKind.BLOCK) {
            return version.code() <= ProtocolVersion.TLS_1_0.code() ? cipher.ivLength() : 0;
        }
        return cipher.ivLength();
    }

    /** The explicit IV or nonce each record carries in a version. */
    public int recordIvLength(ProtocolVersion version) {
        if (version.code() >= ProtocolVersion.TLS_1_3.code()) {
            return 0;
        }
        if (cipher.kind() == CipherKind.BLOCK) {
            return version.code() <= ProtocolVersion.TLS_1_0.code() ? 0 : cipher.blockSize();
        }
        return cipher.recordIvLength();
    }

    @Override
    public String toString() {
        return name + "(" + String.format("0x%04x", code()) + ", kx=" + keyExchange.map(Enum::name).getOrElse("-")
                + ", auth=" + authentication + ", cipher=" + cipher + ", mac=" + mac + ", prf=" + prf
                + ", " + minVersion + ".." + maxVersion + (usable() ? ", usable" : "") + ")";
    }
}
