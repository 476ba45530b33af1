package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * CipherSuite (RFC 8446 section B.4, RFC 5246 appendix A.5; IANA "TLS Cipher Suites"): every suite IANA
 * has assigned, with IANA's names, from the SSL 3.0 and export suites of the 1990s to TLS 1.3.
 * Open: an unassigned code is kept and prints as hex, so a ClientHello offering anything round-trips.
 *
 * <p>Beyond the IANA names, three groups of codes that IANA only marks "reserved to avoid conflicts"
 * carry the names the deployed implementations gave them (SSL 3.0 FORTEZZA, the 1024-bit export
 * drafts, Netscape's FIPS suites), because real peers still send them. The two signalling values
 * (TLS_EMPTY_RENEGOTIATION_INFO_SCSV, TLS_FALLBACK_SCSV) and GREASE (RFC 8701) are named too.
 */
public record CipherSuite(int code) implements RegistryValue {
    private static final Registry.Builder<CipherSuite> B = Registry.builder("CipherSuite", 2, CipherSuite::new, CipherSuite::code);

    // RFC 5246, RFC 4346 (export), RFC 5469 (DES, IDEA).
    public static final CipherSuite TLS_NULL_WITH_NULL_NULL = B.add(0x0000, "TLS_NULL_WITH_NULL_NULL");
    public static final CipherSuite TLS_RSA_WITH_NULL_MD5 = B.add(0x0001, "TLS_RSA_WITH_NULL_MD5");
    public static final CipherSuite TLS_RSA_WITH_NULL_SHA = B.add(0x0002, "TLS_RSA_WITH_NULL_SHA");
    public static final CipherSuite TLS_RSA_EXPORT_WITH_RC4_40_MD5 = B.add(0x0003, "TLS_RSA_EXPORT_WITH_RC4_40_MD5");
    public static final CipherSuite TLS_RSA_WITH_RC4_128_MD5 = B.add(0x0004, "TLS_RSA_WITH_RC4_128_MD5");
    public static final CipherSuite TLS_RSA_WITH_RC4_128_SHA = B.add(0x0005, "TLS_RSA_WITH_RC4_128_SHA");
    public static final CipherSuite TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5 = B.add(0x0006, "TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5");
    public static final CipherSuite TLS_RSA_WITH_IDEA_CBC_SHA = B.add(0x0007, "TLS_RSA_WITH_IDEA_CBC_SHA");
    public static final CipherSuite TLS_RSA_EXPORT_WITH_DES40_CBC_SHA = B.add(0x0008, "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA");
    public static final CipherSuite TLS_RSA_WITH_DES_CBC_SHA = B.add(0x0009, "TLS_RSA_WITH_DES_CBC_SHA");
    public static final CipherSuite TLS_RSA_WITH_3DES_EDE_CBC_SHA = B.add(0x000a, "TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA = B.add(0x000b, "TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA");
    public static final CipherSuite TLS_DH_DSS_WITH_DES_CBC_SHA = B.add(0x000c, "TLS_DH_DSS_WITH_DES_CBC_SHA");
    public static final CipherSuite TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA = B.add(0x000d, "TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA = B.add(0x000e, "TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA");
    public static final CipherSuite TLS_DH_RSA_WITH_DES_CBC_SHA = B.add(0x000f, "TLS_DH_RSA_WITH_DES_CBC_SHA");
    public static final CipherSuite TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA = B.add(0x0010, "TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA = B.add(0x0011, "TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA");
    public static final CipherSuite TLS_DHE_DSS_WITH_DES_CBC_SHA = B.add(0x0012, "TLS_DHE_DSS_WITH_DES_CBC_SHA");
    public static final CipherSuite TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA = B.add(0x0013, "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA = B.add(0x0014, "TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA");
    public static final CipherSuite TLS_DHE_RSA_WITH_DES_CBC_SHA = B.add(0x0015, "TLS_DHE_RSA_WITH_DES_CBC_SHA");
    public static final CipherSuite TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA = B.add(0x0016, "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_DH_ANON_EXPORT_WITH_RC4_40_MD5 = B.add(0x0017, "TLS_DH_anon_EXPORT_WITH_RC4_40_MD5");
    public static final CipherSuite TLS_DH_ANON_WITH_RC4_128_MD5 = B.add(0x0018, "TLS_DH_anon_WITH_RC4_128_MD5");
    public static final CipherSuite TLS_DH_ANON_EXPORT_WITH_DES40_CBC_SHA = B.add(0x0019, "TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA");
    public static final CipherSuite TLS_DH_ANON_WITH_DES_CBC_SHA = B.add(0x001a, "TLS_DH_anon_WITH_DES_CBC_SHA");
    public static final CipherSuite TLS_DH_ANON_WITH_3DES_EDE_CBC_SHA = B.add(0x001b, "TLS_DH_anon_WITH_3DES_EDE_CBC_SHA");

    // SSL 3.0 (RFC 6101 appendix A.6): FORTEZZA. IANA reserves 0x001C-0x001D "to avoid conflicts with SSLv3";
    // the SSL 3.0 names are used here. (SSL 3.0's 0x001E FORTEZZA_KEA_WITH_RC4_128_SHA clashes with Kerberos.)
    public static final CipherSuite SSL_FORTEZZA_KEA_WITH_NULL_SHA = B.add(0x001c, "SSL_FORTEZZA_KEA_WITH_NULL_SHA");
    public static final CipherSuite SSL_FORTEZZA_KEA_WITH_FORTEZZA_CBC_SHA = B.add(0x001d, "SSL_FORTEZZA_KEA_WITH_FORTEZZA_CBC_SHA");

    // RFC 2712: Kerberos.
    public static final CipherSuite TLS_KRB5_WITH_DES_CBC_SHA = B.add(0x001e, "TLS_KRB5_WITH_DES_CBC_SHA");
    public static final CipherSuite TLS_KRB5_WITH_3DES_EDE_CBC_SHA = B.add(0x001f, "TLS_KRB5_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_KRB5_WITH_RC4_128_SHA = B.add(0x0020, "TLS_KRB5_WITH_RC4_128_SHA");
    public static final CipherSuite TLS_KRB5_WITH_IDEA_CBC_SHA = B.add(0x0021, "TLS_KRB5_WITH_IDEA_CBC_SHA");
    public static final CipherSuite TLS_KRB5_WITH_DES_CBC_MD5 = B.add(0x0022, "TLS_KRB5_WITH_DES_CBC_MD5");
    public static final CipherSuite TLS_KRB5_WITH_3DES_EDE_CBC_MD5 = B.add(0x0023, "TLS_KRB5_WITH_3DES_EDE_CBC_MD5");
    public static final CipherSuite TLS_KRB5_WITH_RC4_128_MD5 = B.add(0x0024, "TLS_KRB5_WITH_RC4_128_MD5");
    public static final CipherSuite TLS_KRB5_WITH_IDEA_CBC_MD5 = B.add(0x0025, "TLS_KRB5_WITH_IDEA_CBC_MD5");
    public static final CipherSuite TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA = B.add(0x0026, "TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA");
    public static final CipherSuite TLS_KRB5_EXPORT_WITH_RC2_CBC_40_SHA = B.add(0x0027, "TLS_KRB5_EXPORT_WITH_RC2_CBC_40_SHA");
    public static final CipherSuite TLS_KRB5_EXPORT_WITH_RC4_40_SHA = B.add(0x0028, "TLS_KRB5_EXPORT_WITH_RC4_40_SHA");
    public static final CipherSuite TLS_KRB5_EXPORT_WITH_DES_CBC_40_MD5 = B.add(0x0029, "TLS_KRB5_EXPORT_WITH_DES_CBC_40_MD5");
    public static final CipherSuite TLS_KRB5_EXPORT_WITH_RC2_CBC_40_MD5 = B.add(0x002a, "TLS_KRB5_EXPORT_WITH_RC2_CBC_40_MD5");
    public static final CipherSuite TLS_KRB5_EXPORT_WITH_RC4_40_MD5 = B.add(0x002b, "TLS_KRB5_EXPORT_WITH_RC4_40_MD5");

    // RFC 4785 (PSK with NULL), RFC 5246 (AES, SHA-256), RFC 5932 (Camellia).
    public static final CipherSuite TLS_PSK_WITH_NULL_SHA = B.add(0x002c, "TLS_PSK_WITH_NULL_SHA");
    public static final CipherSuite TLS_DHE_PSK_WITH_NULL_SHA = B.add(0x002d, "TLS_DHE_PSK_WITH_NULL_SHA");
    public static final CipherSuite TLS_RSA_PSK_WITH_NULL_SHA = B.add(0x002e, "TLS_RSA_PSK_WITH_NULL_SHA");
    public static final CipherSuite TLS_RSA_WITH_AES_128_CBC_SHA = B.add(0x002f, "TLS_RSA_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_DH_DSS_WITH_AES_128_CBC_SHA = B.add(0x0030, "TLS_DH_DSS_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_DH_RSA_WITH_AES_128_CBC_SHA = B.add(0x0031, "TLS_DH_RSA_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_DHE_DSS_WITH_AES_128_CBC_SHA = B.add(0x0032, "TLS_DHE_DSS_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_DHE_RSA_WITH_AES_128_CBC_SHA = B.add(0x0033, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_DH_ANON_WITH_AES_128_CBC_SHA = B.add(0x0034, "TLS_DH_anon_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_RSA_WITH_AES_256_CBC_SHA = B.add(0x0035, "TLS_RSA_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_DH_DSS_WITH_AES_256_CBC_SHA = B.add(0x0036, "TLS_DH_DSS_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_DH_RSA_WITH_AES_256_CBC_SHA = B.add(0x0037, "TLS_DH_RSA_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_DHE_DSS_WITH_AES_256_CBC_SHA = B.add(0x0038, "TLS_DHE_DSS_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_DHE_RSA_WITH_AES_256_CBC_SHA = B.add(0x0039, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_DH_ANON_WITH_AES_256_CBC_SHA = B.add(0x003a, "TLS_DH_anon_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_RSA_WITH_NULL_SHA256 = B.add(0x003b, "TLS_RSA_WITH_NULL_SHA256");
    public static final CipherSuite TLS_RSA_WITH_AES_128_CBC_SHA256 = B.add(0x003c, "TLS_RSA_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_RSA_WITH_AES_256_CBC_SHA256 = B.add(0x003d, "TLS_RSA_WITH_AES_256_CBC_SHA256");
    public static final CipherSuite TLS_DH_DSS_WITH_AES_128_CBC_SHA256 = B.add(0x003e, "TLS_DH_DSS_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_DH_RSA_WITH_AES_128_CBC_SHA256 = B.add(0x003f, "TLS_DH_RSA_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_DHE_DSS_WITH_AES_128_CBC_SHA256 = B.add(0x0040, "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_RSA_WITH_CAMELLIA_128_CBC_SHA = B.add(0x0041, "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA");
    public static final CipherSuite TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA = B.add(0x0042, "TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA");
    public static final CipherSuite TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA = B.add(0x0043, "TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA");
    public static final CipherSuite TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA = B.add(0x0044, "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA");
    public static final CipherSuite TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA = B.add(0x0045, "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA");
    public static final CipherSuite TLS_DH_ANON_WITH_CAMELLIA_128_CBC_SHA = B.add(0x0046, "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA");

    // draft-ietf-tls-56-bit-ciphersuites-01: the 1024-bit export suites. IANA reserves 0x0060-0x0066 "to avoid
    // conflicts with widely deployed implementations"; old OpenSSL and Windows still send them.
    public static final CipherSuite TLS_RSA_EXPORT1024_WITH_RC4_56_MD5 = B.add(0x0060, "TLS_RSA_EXPORT1024_WITH_RC4_56_MD5");
    public static final CipherSuite TLS_RSA_EXPORT1024_WITH_RC2_CBC_56_MD5 = B.add(0x0061, "TLS_RSA_EXPORT1024_WITH_RC2_CBC_56_MD5");
    public static final CipherSuite TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA = B.add(0x0062, "TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA");
    public static final CipherSuite TLS_DHE_DSS_EXPORT1024_WITH_DES_CBC_SHA = B.add(0x0063, "TLS_DHE_DSS_EXPORT1024_WITH_DES_CBC_SHA");
    public static final CipherSuite TLS_RSA_EXPORT1024_WITH_RC4_56_SHA = B.add(0x0064, "TLS_RSA_EXPORT1024_WITH_RC4_56_SHA");
    public static final CipherSuite TLS_DHE_DSS_EXPORT1024_WITH_RC4_56_SHA = B.add(0x0065, "TLS_DHE_DSS_EXPORT1024_WITH_RC4_56_SHA");
    public static final CipherSuite TLS_DHE_DSS_WITH_RC4_128_SHA = B.add(0x0066, "TLS_DHE_DSS_WITH_RC4_128_SHA");

    // RFC 5246.
    public static final CipherSuite TLS_DHE_RSA_WITH_AES_128_CBC_SHA256 = B.add(0x0067, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_DH_DSS_WITH_AES_256_CBC_SHA256 = B.add(0x0068, "TLS_DH_DSS_WITH_AES_256_CBC_SHA256");
    public static final CipherSuite TLS_DH_RSA_WITH_AES_256_CBC_SHA256 = B.add(0x0069, "TLS_DH_RSA_WITH_AES_256_CBC_SHA256");
    public static final CipherSuite TLS_DHE_DSS_WITH_AES_256_CBC_SHA256 = B.add(0x006a, "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256");
    public static final CipherSuite TLS_DHE_RSA_WITH_AES_256_CBC_SHA256 = B.add(0x006b, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256");
    public static final CipherSuite TLS_DH_ANON_WITH_AES_128_CBC_SHA256 = B.add(0x006c, "TLS_DH_anon_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_DH_ANON_WITH_AES_256_CBC_SHA256 = B.add(0x006d, "TLS_DH_anon_WITH_AES_256_CBC_SHA256");

    // RFC 5932 (Camellia), RFC 4279 (PSK), RFC 4162 (SEED), RFC 5288 (AES-GCM), RFC 5487 (PSK with SHA-256/384).
    public static final CipherSuite TLS_RSA_WITH_CAMELLIA_256_CBC_SHA = B.add(0x0084, "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA");
    public static final CipherSuite TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA = B.add(0x0085, "TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA");
    public static final CipherSuite TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA = B.add(0x0086, "TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA");
    public static final CipherSuite TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA = B.add(0x0087, "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA");
    public static final CipherSuite TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA = B.add(0x0088, "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA");
    public static final CipherSuite TLS_DH_ANON_WITH_CAMELLIA_256_CBC_SHA = B.add(0x0089, "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA");
    public static final CipherSuite TLS_PSK_WITH_RC4_128_SHA = B.add(0x008a, "TLS_PSK_WITH_RC4_128_SHA");
    public static final CipherSuite TLS_PSK_WITH_3DES_EDE_CBC_SHA = B.add(0x008b, "TLS_PSK_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_PSK_WITH_AES_128_CBC_SHA = B.add(0x008c, "TLS_PSK_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_PSK_WITH_AES_256_CBC_SHA = B.add(0x008d, "TLS_PSK_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_DHE_PSK_WITH_RC4_128_SHA = B.add(0x008e, "TLS_DHE_PSK_WITH_RC4_128_SHA");
    public static final CipherSuite TLS_DHE_PSK_WITH_3DES_EDE_CBC_SHA = B.add(0x008f, "TLS_DHE_PSK_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_DHE_PSK_WITH_AES_128_CBC_SHA = B.add(0x0090, "TLS_DHE_PSK_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_DHE_PSK_WITH_AES_256_CBC_SHA = B.add(0x0091, "TLS_DHE_PSK_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_RSA_PSK_WITH_RC4_128_SHA = B.add(0x0092, "TLS_RSA_PSK_WITH_RC4_128_SHA");
    public static final CipherSuite TLS_RSA_PSK_WITH_3DES_EDE_CBC_SHA = B.add(0x0093, "TLS_RSA_PSK_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_RSA_PSK_WITH_AES_128_CBC_SHA = B.add(0x0094, "TLS_RSA_PSK_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_RSA_PSK_WITH_AES_256_CBC_SHA = B.add(0x0095, "TLS_RSA_PSK_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_RSA_WITH_SEED_CBC_SHA = B.add(0x0096, "TLS_RSA_WITH_SEED_CBC_SHA");
    public static final CipherSuite TLS_DH_DSS_WITH_SEED_CBC_SHA = B.add(0x0097, "TLS_DH_DSS_WITH_SEED_CBC_SHA");
    public static final CipherSuite TLS_DH_RSA_WITH_SEED_CBC_SHA = B.add(0x0098, "TLS_DH_RSA_WITH_SEED_CBC_SHA");
    public static final CipherSuite TLS_DHE_DSS_WITH_SEED_CBC_SHA = B.add(0x0099, "TLS_DHE_DSS_WITH_SEED_CBC_SHA");
    public static final CipherSuite TLS_DHE_RSA_WITH_SEED_CBC_SHA = B.add(0x009a, "TLS_DHE_RSA_WITH_SEED_CBC_SHA");
    public static final CipherSuite TLS_DH_ANON_WITH_SEED_CBC_SHA = B.add(0x009b, "TLS_DH_anon_WITH_SEED_CBC_SHA");
    public static final CipherSuite TLS_RSA_WITH_AES_128_GCM_SHA256 = B.add(0x009c, "TLS_RSA_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_RSA_WITH_AES_256_GCM_SHA384 = B.add(0x009d, "TLS_RSA_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_DHE_RSA_WITH_AES_128_GCM_SHA256 = B.add(0x009e, "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_DHE_RSA_WITH_AES_256_GCM_SHA384 = B.add(0x009f, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_DH_RSA_WITH_AES_128_GCM_SHA256 = B.add(0x00a0, "TLS_DH_RSA_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_DH_RSA_WITH_AES_256_GCM_SHA384 = B.add(0x00a1, "TLS_DH_RSA_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_DHE_DSS_WITH_AES_128_GCM_SHA256 = B.add(0x00a2, "TLS_DHE_DSS_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_DHE_DSS_WITH_AES_256_GCM_SHA384 = B.add(0x00a3, "TLS_DHE_DSS_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_DH_DSS_WITH_AES_128_GCM_SHA256 = B.add(0x00a4, "TLS_DH_DSS_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_DH_DSS_WITH_AES_256_GCM_SHA384 = B.add(0x00a5, "TLS_DH_DSS_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_DH_ANON_WITH_AES_128_GCM_SHA256 = B.add(0x00a6, "TLS_DH_anon_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_DH_ANON_WITH_AES_256_GCM_SHA384 = B.add(0x00a7, "TLS_DH_anon_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_PSK_WITH_AES_128_GCM_SHA256 = B.add(0x00a8, "TLS_PSK_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_PSK_WITH_AES_256_GCM_SHA384 = B.add(0x00a9, "TLS_PSK_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_DHE_PSK_WITH_AES_128_GCM_SHA256 = B.add(0x00aa, "TLS_DHE_PSK_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_DHE_PSK_WITH_AES_256_GCM_SHA384 = B.add(0x00ab, "TLS_DHE_PSK_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_RSA_PSK_WITH_AES_128_GCM_SHA256 = B.add(0x00ac, "TLS_RSA_PSK_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_RSA_PSK_WITH_AES_256_GCM_SHA384 = B.add(0x00ad, "TLS_RSA_PSK_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_PSK_WITH_AES_128_CBC_SHA256 = B.add(0x00ae, "TLS_PSK_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_PSK_WITH_AES_256_CBC_SHA384 = B.add(0x00af, "TLS_PSK_WITH_AES_256_CBC_SHA384");
    public static final CipherSuite TLS_PSK_WITH_NULL_SHA256 = B.add(0x00b0, "TLS_PSK_WITH_NULL_SHA256");
    public static final CipherSuite TLS_PSK_WITH_NULL_SHA384 = B.add(0x00b1, "TLS_PSK_WITH_NULL_SHA384");
    public static final CipherSuite TLS_DHE_PSK_WITH_AES_128_CBC_SHA256 = B.add(0x00b2, "TLS_DHE_PSK_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_DHE_PSK_WITH_AES_256_CBC_SHA384 = B.add(0x00b3, "TLS_DHE_PSK_WITH_AES_256_CBC_SHA384");
    public static final CipherSuite TLS_DHE_PSK_WITH_NULL_SHA256 = B.add(0x00b4, "TLS_DHE_PSK_WITH_NULL_SHA256");
    public static final CipherSuite TLS_DHE_PSK_WITH_NULL_SHA384 = B.add(0x00b5, "TLS_DHE_PSK_WITH_NULL_SHA384");
    public static final CipherSuite TLS_RSA_PSK_WITH_AES_128_CBC_SHA256 = B.add(0x00b6, "TLS_RSA_PSK_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_RSA_PSK_WITH_AES_256_CBC_SHA384 = B.add(0x00b7, "TLS_RSA_PSK_WITH_AES_256_CBC_SHA384");
    public static final CipherSuite TLS_RSA_PSK_WITH_NULL_SHA256 = B.add(0x00b8, "TLS_RSA_PSK_WITH_NULL_SHA256");
    public static final CipherSuite TLS_RSA_PSK_WITH_NULL_SHA384 = B.add(0x00b9, "TLS_RSA_PSK_WITH_NULL_SHA384");
    public static final CipherSuite TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256 = B.add(0x00ba, "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256");
    public static final CipherSuite TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA256 = B.add(0x00bb, "TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA256");
    public static final CipherSuite TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA256 = B.add(0x00bc, "TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA256");
    public static final CipherSuite TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256 = B.add(0x00bd, "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256");
    public static final CipherSuite TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256 = B.add(0x00be, "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256");
    public static final CipherSuite TLS_DH_ANON_WITH_CAMELLIA_128_CBC_SHA256 = B.add(0x00bf, "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256");
    public static final CipherSuite TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256 = B.add(0x00c0, "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256");
    public static final CipherSuite TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA256 = B.add(0x00c1, "TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA256");
    public static final CipherSuite TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA256 = B.add(0x00c2, "TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA256");
    public static final CipherSuite TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256 = B.add(0x00c3, "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256");
    public static final CipherSuite TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256 = B.add(0x00c4, "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256");
    public static final CipherSuite TLS_DH_ANON_WITH_CAMELLIA_256_CBC_SHA256 = B.add(0x00c5, "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256");

    // RFC 8998: ShangMi for TLS 1.3.
    public static final CipherSuite TLS_SM4_GCM_SM3 = B.add(0x00c6, "TLS_SM4_GCM_SM3");
    public static final CipherSuite TLS_SM4_CCM_SM3 = B.add(0x00c7, "TLS_SM4_CCM_SM3");

    // RFC 5746 section 3.3: a signal in the suite list, not a suite.
    public static final CipherSuite TLS_EMPTY_RENEGOTIATION_INFO_SCSV = B.add(0x00ff, "TLS_EMPTY_RENEGOTIATION_INFO_SCSV");

    // RFC 8446 section B.4: TLS 1.3; draft-irtf-cfrg-aegis-aead: AEGIS.
    public static final CipherSuite TLS_AES_128_GCM_SHA256 = B.add(0x1301, "TLS_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_AES_256_GCM_SHA384 = B.add(0x1302, "TLS_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_CHACHA20_POLY1305_SHA256 = B.add(0x1303, "TLS_CHACHA20_POLY1305_SHA256");
    public static final CipherSuite TLS_AES_128_CCM_SHA256 = B.add(0x1304, "TLS_AES_128_CCM_SHA256");
    public static final CipherSuite TLS_AES_128_CCM_8_SHA256 = B.add(0x1305, "TLS_AES_128_CCM_8_SHA256");
    public static final CipherSuite TLS_AEGIS_256_SHA512 = B.add(0x1306, "TLS_AEGIS_256_SHA512");
    public static final CipherSuite TLS_AEGIS_128L_SHA256 = B.add(0x1307, "TLS_AEGIS_128L_SHA256");

    // RFC 7507: a signal in the suite list, not a suite.
    public static final CipherSuite TLS_FALLBACK_SCSV = B.add(0x5600, "TLS_FALLBACK_SCSV");

    // RFC 8422 (ECC), RFC 5054 (SRP), RFC 5289 (ECC with SHA-256/384 and GCM), RFC 5489 (ECDHE_PSK).
    public static final CipherSuite TLS_ECDH_ECDSA_WITH_NULL_SHA = B.add(0xc001, "TLS_ECDH_ECDSA_WITH_NULL_SHA");
    public static final CipherSuite TLS_ECDH_ECDSA_WITH_RC4_128_SHA = B.add(0xc002, "TLS_ECDH_ECDSA_WITH_RC4_128_SHA");
    public static final CipherSuite TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA = B.add(0xc003, "TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA = B.add(0xc004, "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA = B.add(0xc005, "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_NULL_SHA = B.add(0xc006, "TLS_ECDHE_ECDSA_WITH_NULL_SHA");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_RC4_128_SHA = B.add(0xc007, "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA = B.add(0xc008, "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA = B.add(0xc009, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA = B.add(0xc00a, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_ECDH_RSA_WITH_NULL_SHA = B.add(0xc00b, "TLS_ECDH_RSA_WITH_NULL_SHA");
    public static final CipherSuite TLS_ECDH_RSA_WITH_RC4_128_SHA = B.add(0xc00c, "TLS_ECDH_RSA_WITH_RC4_128_SHA");
    public static final CipherSuite TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA = B.add(0xc00d, "TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_ECDH_RSA_WITH_AES_128_CBC_SHA = B.add(0xc00e, "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_ECDH_RSA_WITH_AES_256_CBC_SHA = B.add(0xc00f, "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_NULL_SHA = B.add(0xc010, "TLS_ECDHE_RSA_WITH_NULL_SHA");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_RC4_128_SHA = B.add(0xc011, "TLS_ECDHE_RSA_WITH_RC4_128_SHA");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA = B.add(0xc012, "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA = B.add(0xc013, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA = B.add(0xc014, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_ECDH_ANON_WITH_NULL_SHA = B.add(0xc015, "TLS_ECDH_anon_WITH_NULL_SHA");
    public static final CipherSuite TLS_ECDH_ANON_WITH_RC4_128_SHA = B.add(0xc016, "TLS_ECDH_anon_WITH_RC4_128_SHA");
    public static final CipherSuite TLS_ECDH_ANON_WITH_3DES_EDE_CBC_SHA = B.add(0xc017, "TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_ECDH_ANON_WITH_AES_128_CBC_SHA = B.add(0xc018, "TLS_ECDH_anon_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_ECDH_ANON_WITH_AES_256_CBC_SHA = B.add(0xc019, "TLS_ECDH_anon_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_SRP_SHA_WITH_3DES_EDE_CBC_SHA = B.add(0xc01a, "TLS_SRP_SHA_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_SRP_SHA_RSA_WITH_3DES_EDE_CBC_SHA = B.add(0xc01b, "TLS_SRP_SHA_RSA_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_SRP_SHA_DSS_WITH_3DES_EDE_CBC_SHA = B.add(0xc01c, "TLS_SRP_SHA_DSS_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_SRP_SHA_WITH_AES_128_CBC_SHA = B.add(0xc01d, "TLS_SRP_SHA_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA = B.add(0xc01e, "TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_SRP_SHA_DSS_WITH_AES_128_CBC_SHA = B.add(0xc01f, "TLS_SRP_SHA_DSS_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_SRP_SHA_WITH_AES_256_CBC_SHA = B.add(0xc020, "TLS_SRP_SHA_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_SRP_SHA_RSA_WITH_AES_256_CBC_SHA = B.add(0xc021, "TLS_SRP_SHA_RSA_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_SRP_SHA_DSS_WITH_AES_256_CBC_SHA = B.add(0xc022, "TLS_SRP_SHA_DSS_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256 = B.add(0xc023, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384 = B.add(0xc024, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384");
    public static final CipherSuite TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256 = B.add(0xc025, "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384 = B.add(0xc026, "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256 = B.add(0xc027, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384 = B.add(0xc028, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384");
    public static final CipherSuite TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256 = B.add(0xc029, "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384 = B.add(0xc02a, "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 = B.add(0xc02b, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384 = B.add(0xc02c, "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256 = B.add(0xc02d, "TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384 = B.add(0xc02e, "TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 = B.add(0xc02f, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 = B.add(0xc030, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256 = B.add(0xc031, "TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384 = B.add(0xc032, "TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_ECDHE_PSK_WITH_RC4_128_SHA = B.add(0xc033, "TLS_ECDHE_PSK_WITH_RC4_128_SHA");
    public static final CipherSuite TLS_ECDHE_PSK_WITH_3DES_EDE_CBC_SHA = B.add(0xc034, "TLS_ECDHE_PSK_WITH_3DES_EDE_CBC_SHA");
    public static final CipherSuite TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA = B.add(0xc035, "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA = B.add(0xc036, "TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256 = B.add(0xc037, "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384 = B.add(0xc038, "TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384");
    public static final CipherSuite TLS_ECDHE_PSK_WITH_NULL_SHA = B.add(0xc039, "TLS_ECDHE_PSK_WITH_NULL_SHA");
    public static final CipherSuite TLS_ECDHE_PSK_WITH_NULL_SHA256 = B.add(0xc03a, "TLS_ECDHE_PSK_WITH_NULL_SHA256");
    public static final CipherSuite TLS_ECDHE_PSK_WITH_NULL_SHA384 = B.add(0xc03b, "TLS_ECDHE_PSK_WITH_NULL_SHA384");

    // RFC 6209: ARIA.
    public static final CipherSuite TLS_RSA_WITH_ARIA_128_CBC_SHA256 = B.add(0xc03c, "TLS_RSA_WITH_ARIA_128_CBC_SHA256");
    public static final CipherSuite TLS_RSA_WITH_ARIA_256_CBC_SHA384 = B.add(0xc03d, "TLS_RSA_WITH_ARIA_256_CBC_SHA384");
    public static final CipherSuite TLS_DH_DSS_WITH_ARIA_128_CBC_SHA256 = B.add(0xc03e, "TLS_DH_DSS_WITH_ARIA_128_CBC_SHA256");
    public static final CipherSuite TLS_DH_DSS_WITH_ARIA_256_CBC_SHA384 = B.add(0xc03f, "TLS_DH_DSS_WITH_ARIA_256_CBC_SHA384");
    public static final CipherSuite TLS_DH_RSA_WITH_ARIA_128_CBC_SHA256 = B.add(0xc040, "TLS_DH_RSA_WITH_ARIA_128_CBC_SHA256");
    public static final CipherSuite TLS_DH_RSA_WITH_ARIA_256_CBC_SHA384 = B.add(0xc041, "TLS_DH_RSA_WITH_ARIA_256_CBC_SHA384");
    public static final CipherSuite TLS_DHE_DSS_WITH_ARIA_128_CBC_SHA256 = B.add(0xc042, "TLS_DHE_DSS_WITH_ARIA_128_CBC_SHA256");
    public static final CipherSuite TLS_DHE_DSS_WITH_ARIA_256_CBC_SHA384 = B.add(0xc043, "TLS_DHE_DSS_WITH_ARIA_256_CBC_SHA384");
    public static final CipherSuite TLS_DHE_RSA_WITH_ARIA_128_CBC_SHA256 = B.add(0xc044, "TLS_DHE_RSA_WITH_ARIA_128_CBC_SHA256");
    public static final CipherSuite TLS_DHE_RSA_WITH_ARIA_256_CBC_SHA384 = B.add(0xc045, "TLS_DHE_RSA_WITH_ARIA_256_CBC_SHA384");
    public static final CipherSuite TLS_DH_ANON_WITH_ARIA_128_CBC_SHA256 = B.add(0xc046, "TLS_DH_anon_WITH_ARIA_128_CBC_SHA256");
    public static final CipherSuite TLS_DH_ANON_WITH_ARIA_256_CBC_SHA384 = B.add(0xc047, "TLS_DH_anon_WITH_ARIA_256_CBC_SHA384");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_ARIA_128_CBC_SHA256 = B.add(0xc048, "TLS_ECDHE_ECDSA_WITH_ARIA_128_CBC_SHA256");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_ARIA_256_CBC_SHA384 = B.add(0xc049, "TLS_ECDHE_ECDSA_WITH_ARIA_256_CBC_SHA384");
    public static final CipherSuite TLS_ECDH_ECDSA_WITH_ARIA_128_CBC_SHA256 = B.add(0xc04a, "TLS_ECDH_ECDSA_WITH_ARIA_128_CBC_SHA256");
    public static final CipherSuite TLS_ECDH_ECDSA_WITH_ARIA_256_CBC_SHA384 = B.add(0xc04b, "TLS_ECDH_ECDSA_WITH_ARIA_256_CBC_SHA384");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_ARIA_128_CBC_SHA256 = B.add(0xc04c, "TLS_ECDHE_RSA_WITH_ARIA_128_CBC_SHA256");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_ARIA_256_CBC_SHA384 = B.add(0xc04d, "TLS_ECDHE_RSA_WITH_ARIA_256_CBC_SHA384");
    public static final CipherSuite TLS_ECDH_RSA_WITH_ARIA_128_CBC_SHA256 = B.add(0xc04e, "TLS_ECDH_RSA_WITH_ARIA_128_CBC_SHA256");
    public static final CipherSuite TLS_ECDH_RSA_WITH_ARIA_256_CBC_SHA384 = B.add(0xc04f, "TLS_ECDH_RSA_WITH_ARIA_256_CBC_SHA384");
    public static final CipherSuite TLS_RSA_WITH_ARIA_128_GCM_SHA256 = B.add(0xc050, "TLS_RSA_WITH_ARIA_128_GCM_SHA256");
    public static final CipherSuite TLS_RSA_WITH_ARIA_256_GCM_SHA384 = B.add(0xc051, "TLS_RSA_WITH_ARIA_256_GCM_SHA384");
    public static final CipherSuite TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256 = B.add(0xc052, "TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256");
    public static final CipherSuite TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384 = B.add(0xc053, "TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384");
    public static final CipherSuite TLS_DH_RSA_WITH_ARIA_128_GCM_SHA256 = B.add(0xc054, "TLS_DH_RSA_WITH_ARIA_128_GCM_SHA256");
    public static final CipherSuite TLS_DH_RSA_WITH_ARIA_256_GCM_SHA384 = B.add(0xc055, "TLS_DH_RSA_WITH_ARIA_256_GCM_SHA384");
    public static final CipherSuite TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256 = B.add(0xc056, "TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256");
    public static final CipherSuite TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384 = B.add(0xc057, "TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384");
    public static final CipherSuite TLS_DH_DSS_WITH_ARIA_128_GCM_SHA256 = B.add(0xc058, "TLS_DH_DSS_WITH_ARIA_128_GCM_SHA256");
    public static final CipherSuite TLS_DH_DSS_WITH_ARIA_256_GCM_SHA384 = B.add(0xc059, "TLS_DH_DSS_WITH_ARIA_256_GCM_SHA384");
    public static final CipherSuite TLS_DH_ANON_WITH_ARIA_128_GCM_SHA256 = B.add(0xc05a, "TLS_DH_anon_WITH_ARIA_128_GCM_SHA256");
    public static final CipherSuite TLS_DH_ANON_WITH_ARIA_256_GCM_SHA384 = B.add(0xc05b, "TLS_DH_anon_WITH_ARIA_256_GCM_SHA384");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256 = B.add(0xc05c, "TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384 = B.add(0xc05d, "TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384");
    public static final CipherSuite TLS_ECDH_ECDSA_WITH_ARIA_128_GCM_SHA256 = B.add(0xc05e, "TLS_ECDH_ECDSA_WITH_ARIA_128_GCM_SHA256");
    public static final CipherSuite TLS_ECDH_ECDSA_WITH_ARIA_256_GCM_SHA384 = B.add(0xc05f, "TLS_ECDH_ECDSA_WITH_ARIA_256_GCM_SHA384");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256 = B.add(0xc060, "TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384 = B.add(0xc061, "TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384");
    public static final CipherSuite TLS_ECDH_RSA_WITH_ARIA_128_GCM_SHA256 = B.add(0xc062, "TLS_ECDH_RSA_WITH_ARIA_128_GCM_SHA256");
    public static final CipherSuite TLS_ECDH_RSA_WITH_ARIA_256_GCM_SHA384 = B.add(0xc063, "TLS_ECDH_RSA_WITH_ARIA_256_GCM_SHA384");
    public static final CipherSuite TLS_PSK_WITH_ARIA_128_CBC_SHA256 = B.add(0xc064, "TLS_PSK_WITH_ARIA_128_CBC_SHA256");
    public static final CipherSuite TLS_PSK_WITH_ARIA_256_CBC_SHA384 = B.add(0xc065, "TLS_PSK_WITH_ARIA_256_CBC_SHA384");
    public static final CipherSuite TLS_DHE_PSK_WITH_ARIA_128_CBC_SHA256 = B.add(0xc066, "TLS_DHE_PSK_WITH_ARIA_128_CBC_SHA256");
    public static final CipherSuite TLS_DHE_PSK_WITH_ARIA_256_CBC_SHA384 = B.add(0xc067, "TLS_DHE_PSK_WITH_ARIA_256_CBC_SHA384");
    public static final CipherSuite TLS_RSA_PSK_WITH_ARIA_128_CBC_SHA256 = B.add(0xc068, "TLS_RSA_PSK_WITH_ARIA_128_CBC_SHA256");
    public static final CipherSuite TLS_RSA_PSK_WITH_ARIA_256_CBC_SHA384 = B.add(0xc069, "TLS_RSA_PSK_WITH_ARIA_256_CBC_SHA384");
    public static final CipherSuite TLS_PSK_WITH_ARIA_128_GCM_SHA256 = B.add(0xc06a, "TLS_PSK_WITH_ARIA_128_GCM_SHA256");
    public static final CipherSuite TLS_PSK_WITH_ARIA_256_GCM_SHA384 = B.add(0xc06b, "TLS_PSK_WITH_ARIA_256_GCM_SHA384");
    public static final CipherSuite TLS_DHE_PSK_WITH_ARIA_128_GCM_SHA256 = B.add(0xc06c, "TLS_DHE_PSK_WITH_ARIA_128_GCM_SHA256");
    public static final CipherSuite TLS_DHE_PSK_WITH_ARIA_256_GCM_SHA384 = B.add(0xc06d, "TLS_DHE_PSK_WITH_ARIA_256_GCM_SHA384");
    public static final CipherSuite TLS_RSA_PSK_WITH_ARIA_128_GCM_SHA256 = B.add(0xc06e, "TLS_RSA_PSK_WITH_ARIA_128_GCM_SHA256");
    public static final CipherSuite TLS_RSA_PSK_WITH_ARIA_256_GCM_SHA384 = B.add(0xc06f, "TLS_RSA_PSK_WITH_ARIA_256_GCM_SHA384");
    public static final CipherSuite TLS_ECDHE_PSK_WITH_ARIA_128_CBC_SHA256 = B.add(0xc070, "TLS_ECDHE_PSK_WITH_ARIA_128_CBC_SHA256");
    public static final CipherSuite TLS_ECDHE_PSK_WITH_ARIA_256_CBC_SHA384 = B.add(0xc071, "TLS_ECDHE_PSK_WITH_ARIA_256_CBC_SHA384");

    // RFC 6367: Camellia with ECC, GCM and PSK.
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256 = B.add(0xc072, "TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384 = B.add(0xc073, "TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384");
    public static final CipherSuite TLS_ECDH_ECDSA_WITH_CAMELLIA_128_CBC_SHA256 = B.add(0xc074, "TLS_ECDH_ECDSA_WITH_CAMELLIA_128_CBC_SHA256");
    public static final CipherSuite TLS_ECDH_ECDSA_WITH_CAMELLIA_256_CBC_SHA384 = B.add(0xc075, "TLS_ECDH_ECDSA_WITH_CAMELLIA_256_CBC_SHA384");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256 = B.add(0xc076, "TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384 = B.add(0xc077, "TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384");
    public static final CipherSuite TLS_ECDH_RSA_WITH_CAMELLIA_128_CBC_SHA256 = B.add(0xc078, "TLS_ECDH_RSA_WITH_CAMELLIA_128_CBC_SHA256");
    public static final CipherSuite TLS_ECDH_RSA_WITH_CAMELLIA_256_CBC_SHA384 = B.add(0xc079, "TLS_ECDH_RSA_WITH_CAMELLIA_256_CBC_SHA384");
    public static final CipherSuite TLS_RSA_WITH_CAMELLIA_128_GCM_SHA256 = B.add(0xc07a, "TLS_RSA_WITH_CAMELLIA_128_GCM_SHA256");
    public static final CipherSuite TLS_RSA_WITH_CAMELLIA_256_GCM_SHA384 = B.add(0xc07b, "TLS_RSA_WITH_CAMELLIA_256_GCM_SHA384");
    public static final CipherSuite TLS_DHE_RSA_WITH_CAMELLIA_128_GCM_SHA256 = B.add(0xc07c, "TLS_DHE_RSA_WITH_CAMELLIA_128_GCM_SHA256");
    public static final CipherSuite TLS_DHE_RSA_WITH_CAMELLIA_256_GCM_SHA384 = B.add(0xc07d, "TLS_DHE_RSA_WITH_CAMELLIA_256_GCM_SHA384");
    public static final CipherSuite TLS_DH_RSA_WITH_CAMELLIA_128_GCM_SHA256 = B.add(0xc07e, "TLS_DH_RSA_WITH_CAMELLIA_128_GCM_SHA256");
    public static final CipherSuite TLS_DH_RSA_WITH_CAMELLIA_256_GCM_SHA384 = B.add(0xc07f, "TLS_DH_RSA_WITH_CAMELLIA_256_GCM_SHA384");
    public static final CipherSuite TLS_DHE_DSS_WITH_CAMELLIA_128_GCM_SHA256 = B.add(0xc080, "TLS_DHE_DSS_WITH_CAMELLIA_128_GCM_SHA256");
    public static final CipherSuite TLS_DHE_DSS_WITH_CAMELLIA_256_GCM_SHA384 = B.add(0xc081, "TLS_DHE_DSS_WITH_CAMELLIA_256_GCM_SHA384");
    public static final CipherSuite TLS_DH_DSS_WITH_CAMELLIA_128_GCM_SHA256 = B.add(0xc082, "TLS_DH_DSS_WITH_CAMELLIA_128_GCM_SHA256");
    public static final CipherSuite TLS_DH_DSS_WITH_CAMELLIA_256_GCM_SHA384 = B.add(0xc083, "TLS_DH_DSS_WITH_CAMELLIA_256_GCM_SHA384");
    public static final CipherSuite TLS_DH_ANON_WITH_CAMELLIA_128_GCM_SHA256 = B.add(0xc084, "TLS_DH_anon_WITH_CAMELLIA_128_GCM_SHA256");
    public static final CipherSuite TLS_DH_ANON_WITH_CAMELLIA_256_GCM_SHA384 = B.add(0xc085, "TLS_DH_anon_WITH_CAMELLIA_256_GCM_SHA384");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_GCM_SHA256 = B.add(0xc086, "TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_GCM_SHA256");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_GCM_SHA384 = B.add(0xc087, "TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_GCM_SHA384");
    public static final CipherSuite TLS_ECDH_ECDSA_WITH_CAMELLIA_128_GCM_SHA256 = B.add(0xc088, "TLS_ECDH_ECDSA_WITH_CAMELLIA_128_GCM_SHA256");
    public static final CipherSuite TLS_ECDH_ECDSA_WITH_CAMELLIA_256_GCM_SHA384 = B.add(0xc089, "TLS_ECDH_ECDSA_WITH_CAMELLIA_256_GCM_SHA384");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_CAMELLIA_128_GCM_SHA256 = B.add(0xc08a, "TLS_ECDHE_RSA_WITH_CAMELLIA_128_GCM_SHA256");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_CAMELLIA_256_GCM_SHA384 = B.add(0xc08b, "TLS_ECDHE_RSA_WITH_CAMELLIA_256_GCM_SHA384");
    public static final CipherSuite TLS_ECDH_RSA_WITH_CAMELLIA_128_GCM_SHA256 = B.add(0xc08c, "TLS_ECDH_RSA_WITH_CAMELLIA_128_GCM_SHA256");
    public static final CipherSuite TLS_ECDH_RSA_WITH_CAMELLIA_256_GCM_SHA384 = B.add(0xc08d, "TLS_ECDH_RSA_WITH_CAMELLIA_256_GCM_SHA384");
    public static final CipherSuite TLS_PSK_WITH_CAMELLIA_128_GCM_SHA256 = B.add(0xc08e, "TLS_PSK_WITH_CAMELLIA_128_GCM_SHA256");
    public static final CipherSuite TLS_PSK_WITH_CAMELLIA_256_GCM_SHA384 = B.add(0xc08f, "TLS_PSK_WITH_CAMELLIA_256_GCM_SHA384");
    public static final CipherSuite TLS_DHE_PSK_WITH_CAMELLIA_128_GCM_SHA256 = B.add(0xc090, "TLS_DHE_PSK_WITH_CAMELLIA_128_GCM_SHA256");
    public static final CipherSuite TLS_DHE_PSK_WITH_CAMELLIA_256_GCM_SHA384 = B.add(0xc091, "TLS_DHE_PSK_WITH_CAMELLIA_256_GCM_SHA384");
    public static final CipherSuite TLS_RSA_PSK_WITH_CAMELLIA_128_GCM_SHA256 = B.add(0xc092, "TLS_RSA_PSK_WITH_CAMELLIA_128_GCM_SHA256");
    public static final CipherSuite TLS_RSA_PSK_WITH_CAMELLIA_256_GCM_SHA384 = B.add(0xc093, "TLS_RSA_PSK_WITH_CAMELLIA_256_GCM_SHA384");
    public static final CipherSuite TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256 = B.add(0xc094, "TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256");
    public static final CipherSuite TLS_PSK_WITH_CAMELLIA_256_CBC_SHA384 = B.add(0xc095, "TLS_PSK_WITH_CAMELLIA_256_CBC_SHA384");
    public static final CipherSuite TLS_DHE_PSK_WITH_CAMELLIA_128_CBC_SHA256 = B.add(0xc096, "TLS_DHE_PSK_WITH_CAMELLIA_128_CBC_SHA256");
    public static final CipherSuite TLS_DHE_PSK_WITH_CAMELLIA_256_CBC_SHA384 = B.add(0xc097, "TLS_DHE_PSK_WITH_CAMELLIA_256_CBC_SHA384");
    public static final CipherSuite TLS_RSA_PSK_WITH_CAMELLIA_128_CBC_SHA256 = B.add(0xc098, "TLS_RSA_PSK_WITH_CAMELLIA_128_CBC_SHA256");
    public static final CipherSuite TLS_RSA_PSK_WITH_CAMELLIA_256_CBC_SHA384 = B.add(0xc099, "TLS_RSA_PSK_WITH_CAMELLIA_256_CBC_SHA384");
    public static final CipherSuite TLS_ECDHE_PSK_WITH_CAMELLIA_128_CBC_SHA256 = B.add(0xc09a, "TLS_ECDHE_PSK_WITH_CAMELLIA_128_CBC_SHA256");
    public static final CipherSuite TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384 = B.add(0xc09b, "TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384");

    // RFC 6655 and RFC 7251: AES-CCM.
    public static final CipherSuite TLS_RSA_WITH_AES_128_CCM = B.add(0xc09c, "TLS_RSA_WITH_AES_128_CCM");
    public static final CipherSuite TLS_RSA_WITH_AES_256_CCM = B.add(0xc09d, "TLS_RSA_WITH_AES_256_CCM");
    public static final CipherSuite TLS_DHE_RSA_WITH_AES_128_CCM = B.add(0xc09e, "TLS_DHE_RSA_WITH_AES_128_CCM");
    public static final CipherSuite TLS_DHE_RSA_WITH_AES_256_CCM = B.add(0xc09f, "TLS_DHE_RSA_WITH_AES_256_CCM");
    public static final CipherSuite TLS_RSA_WITH_AES_128_CCM_8 = B.add(0xc0a0, "TLS_RSA_WITH_AES_128_CCM_8");
    public static final CipherSuite TLS_RSA_WITH_AES_256_CCM_8 = B.add(0xc0a1, "TLS_RSA_WITH_AES_256_CCM_8");
    public static final CipherSuite TLS_DHE_RSA_WITH_AES_128_CCM_8 = B.add(0xc0a2, "TLS_DHE_RSA_WITH_AES_128_CCM_8");
    public static final CipherSuite TLS_DHE_RSA_WITH_AES_256_CCM_8 = B.add(0xc0a3, "TLS_DHE_RSA_WITH_AES_256_CCM_8");
    public static final CipherSuite TLS_PSK_WITH_AES_128_CCM = B.add(0xc0a4, "TLS_PSK_WITH_AES_128_CCM");
    public static final CipherSuite TLS_PSK_WITH_AES_256_CCM = B.add(0xc0a5, "TLS_PSK_WITH_AES_256_CCM");
    public static final CipherSuite TLS_DHE_PSK_WITH_AES_128_CCM = B.add(0xc0a6, "TLS_DHE_PSK_WITH_AES_128_CCM");
    public static final CipherSuite TLS_DHE_PSK_WITH_AES_256_CCM = B.add(0xc0a7, "TLS_DHE_PSK_WITH_AES_256_CCM");
    public static final CipherSuite TLS_PSK_WITH_AES_128_CCM_8 = B.add(0xc0a8, "TLS_PSK_WITH_AES_128_CCM_8");
    public static final CipherSuite TLS_PSK_WITH_AES_256_CCM_8 = B.add(0xc0a9, "TLS_PSK_WITH_AES_256_CCM_8");
    public static final CipherSuite TLS_PSK_DHE_WITH_AES_128_CCM_8 = B.add(0xc0aa, "TLS_PSK_DHE_WITH_AES_128_CCM_8");
    public static final CipherSuite TLS_PSK_DHE_WITH_AES_256_CCM_8 = B.add(0xc0ab, "TLS_PSK_DHE_WITH_AES_256_CCM_8");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_128_CCM = B.add(0xc0ac, "TLS_ECDHE_ECDSA_WITH_AES_128_CCM");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_256_CCM = B.add(0xc0ad, "TLS_ECDHE_ECDSA_WITH_AES_256_CCM");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 = B.add(0xc0ae, "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8 = B.add(0xc0af, "TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8");

    // RFC 8492: ECCPWD.
    public static final CipherSuite TLS_ECCPWD_WITH_AES_128_GCM_SHA256 = B.add(0xc0b0, "TLS_ECCPWD_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_ECCPWD_WITH_AES_256_GCM_SHA384 = B.add(0xc0b1, "TLS_ECCPWD_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_ECCPWD_WITH_AES_128_CCM_SHA256 = B.add(0xc0b2, "TLS_ECCPWD_WITH_AES_128_CCM_SHA256");
    public static final CipherSuite TLS_ECCPWD_WITH_AES_256_CCM_SHA384 = B.add(0xc0b3, "TLS_ECCPWD_WITH_AES_256_CCM_SHA384");

    // RFC 9150: TLS 1.3 integrity-only suites.
    public static final CipherSuite TLS_SHA256_SHA256 = B.add(0xc0b4, "TLS_SHA256_SHA256");
    public static final CipherSuite TLS_SHA384_SHA384 = B.add(0xc0b5, "TLS_SHA384_SHA384");

    // RFC 9189: GOST for TLS 1.2; RFC 9367: GOST for TLS 1.3.
    public static final CipherSuite TLS_GOSTR341112_256_WITH_KUZNYECHIK_CTR_OMAC = B.add(0xc100, "TLS_GOSTR341112_256_WITH_KUZNYECHIK_CTR_OMAC");
    public static final CipherSuite TLS_GOSTR341112_256_WITH_MAGMA_CTR_OMAC = B.add(0xc101, "TLS_GOSTR341112_256_WITH_MAGMA_CTR_OMAC");
    public static final CipherSuite TLS_GOSTR341112_256_WITH_28147_CNT_IMIT = B.add(0xc102, "TLS_GOSTR341112_256_WITH_28147_CNT_IMIT");
    public static final CipherSuite TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_L = B.add(0xc103, "TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_L");
    public static final CipherSuite TLS_GOSTR341112_256_WITH_MAGMA_MGM_L = B.add(0xc104, "TLS_GOSTR341112_256_WITH_MAGMA_MGM_L");
    public static final CipherSuite TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_S = B.add(0xc105, "TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_S");
    public static final CipherSuite TLS_GOSTR341112_256_WITH_MAGMA_MGM_S = B.add(0xc106, "TLS_GOSTR341112_256_WITH_MAGMA_MGM_S");

    // RFC 7905: ChaCha20-Poly1305.
    public static final CipherSuite TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256 = B.add(0xcca8, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256 = B.add(0xcca9, "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256");
    public static final CipherSuite TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256 = B.add(0xccaa, "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256");
    public static final CipherSuite TLS_PSK_WITH_CHACHA20_POLY1305_SHA256 = B.add(0xccab, "TLS_PSK_WITH_CHACHA20_POLY1305_SHA256");
    public static final CipherSuite TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256 = B.add(0xccac, "TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256");
    public static final CipherSuite TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256 = B.add(0xccad, "TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256");
    public static final CipherSuite TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256 = B.add(0xccae, "TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256");

    // RFC 8442: ECDHE_PSK with AES-GCM and AES-CCM.
    public static final CipherSuite TLS_ECDHE_PSK_WITH_AES_128_GCM_SHA256 = B.add(0xd001, "TLS_ECDHE_PSK_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_ECDHE_PSK_WITH_AES_256_GCM_SHA384 = B.add(0xd002, "TLS_ECDHE_PSK_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_ECDHE_PSK_WITH_AES_128_CCM_8_SHA256 = B.add(0xd003, "TLS_ECDHE_PSK_WITH_AES_128_CCM_8_SHA256");
    public static final CipherSuite TLS_ECDHE_PSK_WITH_AES_128_CCM_SHA256 = B.add(0xd005, "TLS_ECDHE_PSK_WITH_AES_128_CCM_SHA256");

    // Netscape's FIPS suites; IANA reserves 0xFEFE-0xFEFF "to avoid conflicts with widely deployed implementations".
    public static final CipherSuite SSL_RSA_FIPS_WITH_DES_CBC_SHA = B.add(0xfefe, "SSL_RSA_FIPS_WITH_DES_CBC_SHA");
    public static final CipherSuite SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA = B.add(0xfeff, "SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA");

    static {
        B.addGrease16();
    }

    public static final Registry<CipherSuite> REGISTRY = B.build();

    /** The wire form: two bytes, big-endian. */
    public static final Codec<CipherSuite> CODEC = REGISTRY.codec();

    public CipherSuite {
        Registry.checkCode("CipherSuite", 2, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static CipherSuite of(int code) {
        return REGISTRY.of(code);
    }

    @Override
    public Registry<?> registry() {
        return REGISTRY;
    }


    /** True for a signalling value (RFC 5746, RFC 7507): a flag in the suite list, never negotiated. */
    public boolean isScsv() {
        return code == 0x00ff || code == 0x5600;
    }

    @Override
    public String toString() {
        return display();
    }
}
