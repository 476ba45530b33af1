package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * SignatureScheme (RFC 8446 section 4.2.3; IANA "TLS SignatureScheme"), which in TLS 1.2 is the
 * SignatureAndHashAlgorithm pair {hash, signature} of RFC 5246 section 7.4.1.4.1: the same two bytes.
 * Every IANA name is here, plus GREASE (RFC 8701). The TLS 1.2 pairs that IANA leaves unnamed
 * ("reserved for backward compatibility") but that peers really send are named {@code <sig>_<hash>}
 * from the {@link HashAlgorithm} and {@link SignatureAlgorithm} registries, e.g. {@code dsa_sha1}
 * (0x0202), {@code rsa_sha224} (0x0301); the two GOST pairs of RFC 9189 keep the signature's name.
 * Open: any code is kept.
 */
public record SignatureScheme(int code) implements RegistryValue {
    private static final Registry.Builder<SignatureScheme> B = Registry.builder("SignatureScheme", 2, SignatureScheme::new, SignatureScheme::code);

    // RFC 8446 section 4.2.3 (legacy and RSASSA-PKCS1-v1_5, ECDSA), RFC 9155 (SHA-1), and the other RFC 5246 pairs.
    /** Pre-1.3 pair (md5, rsa); IANA gives it no name. */
    public static final SignatureScheme RSA_MD5 = B.add(0x0101, "rsa_md5");
    /** Pre-1.3 pair (md5, dsa); IANA gives it no name. */
    public static final SignatureScheme DSA_MD5 = B.add(0x0102, "dsa_md5");
    /** Pre-1.3 pair (md5, ecdsa); IANA gives it no name. */
    public static final SignatureScheme ECDSA_MD5 = B.add(0x0103, "ecdsa_md5");
    public static final SignatureScheme RSA_PKCS1_SHA1 = B.add(0x0201, "rsa_pkcs1_sha1");
    /** Pre-1.3 pair (sha1, dsa); IANA gives it no name. */
    public static final SignatureScheme DSA_SHA1 = B.add(0x0202, "dsa_sha1");
    public static final SignatureScheme ECDSA_SHA1 = B.add(0x0203, "ecdsa_sha1");
    /** Pre-1.3 pair (sha224, rsa); IANA gives it no name. */
    public static final SignatureScheme RSA_SHA224 = B.add(0x0301, "rsa_sha224");
    /** Pre-1.3 pair (sha224, dsa); IANA gives it no name. */
    public static final SignatureScheme DSA_SHA224 = B.add(0x0302, "dsa_sha224");
    /** Pre-1.3 pair (sha224, ecdsa); IANA gives it no name. */
    public static final SignatureScheme ECDSA_SHA224 = B.add(0x0303, "ecdsa_sha224");
    public static final SignatureScheme RSA_PKCS1_SHA256 = B.add(0x0401, "rsa_pkcs1_sha256");
    /** Pre-1.3 pair (sha256, dsa); IANA gives it no name. */
    public static final SignatureScheme DSA_SHA256 = B.add(0x0402, "dsa_sha256");
    public static final SignatureScheme ECDSA_SECP256R1_SHA256 = B.add(0x0403, "ecdsa_secp256r1_sha256");
    /** draft-davidben-tls13-pkcs1: PKCS#1 v1.5 in TLS 1.3 CertificateVerify, for legacy keys. */
    public static final SignatureScheme RSA_PKCS1_SHA256_LEGACY = B.add(0x0420, "rsa_pkcs1_sha256_legacy");
    public static final SignatureScheme RSA_PKCS1_SHA384 = B.add(0x0501, "rsa_pkcs1_sha384");
    /** Pre-1.3 pair (sha384, dsa); IANA gives it no name. */
    public static final SignatureScheme DSA_SHA384 = B.add(0x0502, "dsa_sha384");
    public static final SignatureScheme ECDSA_SECP384R1_SHA384 = B.add(0x0503, "ecdsa_secp384r1_sha384");
    public static final SignatureScheme RSA_PKCS1_SHA384_LEGACY = B.add(0x0520, "rsa_pkcs1_sha384_legacy");
    public static final SignatureScheme RSA_PKCS1_SHA512 = B.add(0x0601, "rsa_pkcs1_sha512");
    /** Pre-1.3 pair (sha512, dsa); IANA gives it no name. */
    public static final SignatureScheme DSA_SHA512 = B.add(0x0602, "dsa_sha512");
    public static final SignatureScheme ECDSA_SECP521R1_SHA512 = B.add(0x0603, "ecdsa_secp521r1_sha512");
    public static final SignatureScheme RSA_PKCS1_SHA512_LEGACY = B.add(0x0620, "rsa_pkcs1_sha512_legacy");

    // draft-wang-tls-raw-public-key-with-ibc (0x0704-0x0707), RFC 8998 (SM2), RFC 9367 (GOST).
    public static final SignatureScheme ECCSI_SHA256 = B.add(0x0704, "eccsi_sha256");
    public static final SignatureScheme ISO_IBS1 = B.add(0x0705, "iso_ibs1");
    public static final SignatureScheme ISO_IBS2 = B.add(0x0706, "iso_ibs2");
    public static final SignatureScheme ISO_CHINESE_IBS = B.add(0x0707, "iso_chinese_ibs");
    public static final SignatureScheme SM2SIG_SM3 = B.add(0x0708, "sm2sig_sm3");
    public static final SignatureScheme GOSTR34102012_256A = B.add(0x0709, "gostr34102012_256a");
    public static final SignatureScheme GOSTR34102012_256B = B.add(0x070a, "gostr34102012_256b");
    public static final SignatureScheme GOSTR34102012_256C = B.add(0x070b, "gostr34102012_256c");
    public static final SignatureScheme GOSTR34102012_256D = B.add(0x070c, "gostr34102012_256d");
    public static final SignatureScheme GOSTR34102012_512A = B.add(0x070d, "gostr34102012_512a");
    public static final SignatureScheme GOSTR34102012_512B = B.add(0x070e, "gostr34102012_512b");
    public static final SignatureScheme GOSTR34102012_512C = B.add(0x070f, "gostr34102012_512c");

    // RFC 8446: RSASSA-PSS and EdDSA; RFC 8734: ECDSA on the TLS 1.3 brainpool curves.
    public static final SignatureScheme RSA_PSS_RSAE_SHA256 = B.add(0x0804, "rsa_pss_rsae_sha256");
    public static final SignatureScheme RSA_PSS_RSAE_SHA384 = B.add(0x0805, "rsa_pss_rsae_sha384");
    public static final SignatureScheme RSA_PSS_RSAE_SHA512 = B.add(0x0806, "rsa_pss_rsae_sha512");
    public static final SignatureScheme ED25519 = B.add(0x0807, "ed25519");
    public static final SignatureScheme ED448 = B.add(0x0808, "ed448");
    public static final SignatureScheme RSA_PSS_PSS_SHA256 = B.add(0x0809, "rsa_pss_pss_sha256");
    public static final SignatureScheme RSA_PSS_PSS_SHA384 = B.add(0x080a, "rsa_pss_pss_sha384");
    public static final SignatureScheme RSA_PSS_PSS_SHA512 = B.add(0x080b, "rsa_pss_pss_sha512");
    public static final SignatureScheme ECDSA_BRAINPOOLP256R1TLS13_SHA256 = B.add(0x081a, "ecdsa_brainpoolP256r1tls13_sha256");
    public static final SignatureScheme ECDSA_BRAINPOOLP384R1TLS13_SHA384 = B.add(0x081b, "ecdsa_brainpoolP384r1tls13_sha384");
    public static final SignatureScheme ECDSA_BRAINPOOLP512R1TLS13_SHA512 = B.add(0x081c, "ecdsa_brainpoolP512r1tls13_sha512");

    // RFC 9189: GOST in TLS 1.2, as SignatureAndHashAlgorithm pairs.
    /** RFC 9189: TLS 1.2 pair (Intrinsic, gostr34102012_256); IANA lists it as reserved for backward compatibility. */
    public static final SignatureScheme GOSTR34102012_256 = B.add(0x0840, "gostr34102012_256");
    /** RFC 9189: TLS 1.2 pair (Intrinsic, gostr34102012_512); IANA lists it as reserved for backward compatibility. */
    public static final SignatureScheme GOSTR34102012_512 = B.add(0x0841, "gostr34102012_512");

    // draft-ietf-tls-mldsa: ML-DSA (FIPS 204).
    public static final SignatureScheme MLDSA44 = B.add(0x0904, "mldsa44");
    public static final SignatureScheme MLDSA65 = B.add(0x0905, "mldsa65");
    public static final SignatureScheme MLDSA87 = B.add(0x0906, "mldsa87");

    static {
        B.addGrease16();
    }

    public static final Registry<SignatureScheme> REGISTRY = B.build();

    /** The wire form: two bytes, big-endian. */
    public static final Codec<SignatureScheme> CODEC = REGISTRY.codec();

    public SignatureScheme {
        Registry.checkCode("SignatureScheme", 2, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static SignatureScheme of(int code) {
        return REGISTRY.of(code);
    }

    @Override
    public Registry<?> registry() {
        return REGISTRY;
    }


    /**
     * The first byte read as a TLS 1.2 {@link HashAlgorithm}. For a scheme defined only for TLS 1.3 (the
     * _legacy ones, 0x0704 and up) the byte is not a hash: the value is what RFC 5246 would make of it.
     */
    public HashAlgorithm hashAlgorithm() {
        return HashAlgorithm.of(code >>> 8);
    }

    /**
     * The second byte read as a TLS 1.2 {@link SignatureAlgorithm}. For a scheme defined only for TLS 1.3
     * (the _legacy ones, 0x0704 and up) the byte is not a signature algorithm: the value is what RFC 5246 would make of it.
     */
    public SignatureAlgorithm signatureAlgorithm() {
        return SignatureAlgorithm.of(code & 0xff);
    }

    @Override
    public String toString() {
        return display();
    }
}
