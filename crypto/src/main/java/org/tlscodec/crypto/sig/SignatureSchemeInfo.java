package org.tlscodec.crypto.sig;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.crypto.kdf.HashAlgorithm;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * What a {@code SignatureScheme} means, for every scheme this library signs and verifies: the
 * algorithm, the hash it signs through (none for EdDSA, which signs the content itself), and where
 * TLS allows it. RFC 8446 section 4.2.3 defines the TLS 1.3 schemes and keeps the TLS 1.2 codes;
 * RFC 5246 section 7.4.1.4.1 reads every code as a {hash, signature} pair (so rsa_md5 0x0101,
 * rsa_sha224 0x0301, dsa_sha256 0x0402); RFC 8734 adds the brainpool schemes and
 * draft-davidben-tls13-pkcs1 the rsa_pkcs1_*_legacy ones.
 *
 * @param scheme                    the registry value
 * @param family                    the signature algorithm
 * @param hash                      the hash the signature is made through; none for Ed25519 and Ed448
 * @param tls13Curve                the curve TLS 1.3 binds an ECDSA scheme to (RFC 8446 section 4.2.3:
 *                                  "ecdsa_secp256r1_sha256" means P-256); TLS 1.2 reads the same
 *                                  code as {sha256, ecdsa} on any curve
 * @param tls12                     true when the code is a TLS 1.2 SignatureAndHashAlgorithm pair
 * @param tls13CertificateVerify    true when a TLS 1.3 CertificateVerify may use it (RFC 8446
 *                                  section 4.4.3: no RSASSA-PKCS1-v1_5, no SHA-1)
 */
public record SignatureSchemeInfo(SignatureScheme scheme, SignatureFamily family, Option<HashAlgorithm> hash,
                                  Option<String> tls13Curve, boolean tls12, boolean tls13CertificateVerify) {

    private static final Map<SignatureScheme, SignatureSchemeInfo> TABLE = table();

    /** Every scheme this library runs, in code order. */
    public static final Vector<SignatureSchemeInfo> ALL = TABLE.values().toVector().sortBy(i -> i.scheme().code());

    /** The definition of a scheme, if this library runs it. */
    public static Option<SignatureSchemeInfo> of(SignatureScheme scheme) {
        return TABLE.get(scheme);
    }

    private static Map<SignatureScheme, SignatureSchemeInfo> table() {
        Vector<SignatureSchemeInfo> all = Vector.of(
                // RFC 5246 pairs {hash, rsa}; rsa_pkcs1_* keep their names in RFC 8446 for certificates and TLS 1.2.
                tls12(SignatureScheme.RSA_MD5, SignatureFamily.RSA_PKCS1, HashAlgorithm.MD5),
                tls12(SignatureScheme.RSA_PKCS1_SHA1, SignatureFamily.RSA_PKCS1, HashAlgorithm.SHA1),
                tls12(SignatureScheme.RSA_SHA224, SignatureFamily.RSA_PKCS1, HashAlgorithm.SHA224),
                tls12(SignatureScheme.RSA_PKCS1_SHA256, SignatureFamily.RSA_PKCS1, HashAlgorithm.SHA256),
                tls12(SignatureScheme.RSA_PKCS1_SHA384, SignatureFamily.RSA_PKCS1, HashAlgorithm.SHA384),
                tls12(SignatureScheme.RSA_PKCS1_SHA512, SignatureFamily.RSA_PKCS1, HashAlgorithm.SHA512),
                // {hash, dsa}
                tls12(SignatureScheme.DSA_MD5, SignatureFamily.DSA, HashAlgorithm.MD5),
                tls12(SignatureScheme.DSA_SHA1, SignatureFamily.DSA, HashAlgorithm.SHA1),
                tls12(SignatureScheme.DSA_SHA224, SignatureFamily.DSA, HashAlgorithm.SHA224),
                tls12(SignatureScheme.DSA_SHA256, SignatureFamily.DSA, HashAlgorithm.SHA256),
                tls12(SignatureScheme.DSA_SHA384, SignatureFamily.DSA, HashAlgorithm.SHA384),
                tls12(SignatureScheme.DSA_SHA512, SignatureFamily.DSA, HashAlgorithm.SHA512),
                // {hash, ecdsa}; from SHA-256 on, TLS 1.3 binds the curve.
                tls12(SignatureScheme.ECDSA_MD5, SignatureFamily.ECDSA, HashAlgorithm.MD5),
                tls12(SignatureScheme.ECDSA_SHA1, SignatureFamily.ECDSA, HashAlgorithm.SHA1),
                tls12(SignatureScheme.ECDSA_SHA224, SignatureFamily.ECDSA, HashAlgorithm.SHA224),
                both(SignatureScheme.ECDSA_SECP256R1_SHA256, SignatureFamily.ECDSA, Option.some(HashAlgorithm.SHA256), Option.some("secp256r1")),
                both(SignatureScheme.ECDSA_SECP384R1_SHA384, SignatureFamily.ECDSA, Option.some(HashAlgorithm.SHA384), Option.some("secp384r1")),
                both(SignatureScheme.ECDSA_SECP521R1_SHA512, SignatureFamily.ECDSA, Option.some(HashAlgorithm.SHA512), Option.some("secp521r1")),
                // draft-davidben-tls13-pkcs1: PKCS#1 v1.5 in a TLS 1.3 CertificateVerify, never in TLS 1.2.
                tls13(SignatureScheme.RSA_PKCS1_SHA256_LEGACY, SignatureFamily.RSA_PKCS1, Option.some(HashAlgorithm.SHA256), Option.none()),
                tls13(SignatureScheme.RSA_PKCS1_SHA384_LEGACY, SignatureFamily.RSA_PKCS1, Option.some(HashAlgorithm.SHA384), Option.none()),
                tls13(SignatureScheme.RSA_PKCS1_SHA512_LEGACY, SignatureFamily.RSA_PKCS1, Option.some(HashAlgorithm.SHA512), Option.none()),
                // RFC 8446: RSASSA-PSS (MGF1 with the same hash, salt as long as the hash), EdDSA.
                both(SignatureScheme.RSA_PSS_RSAE_SHA256, SignatureFamily.RSA_PSS_RSAE, Option.some(HashAlgorithm.SHA256), Option.none()),
                both(SignatureScheme.RSA_PSS_RSAE_SHA384, SignatureFamily.RSA_PSS_RSAE, Option.some(HashAlgorithm.SHA384), Option.none()),
                both(SignatureScheme.RSA_PSS_RSAE_SHA512, SignatureFamily.RSA_PSS_RSAE, Option.some(HashAlgorithm.SHA512), Option.none()),
                both(SignatureScheme.ED25519, SignatureFamily.ED25519, Option.none(), Option.none()),
                both(SignatureScheme.ED448, SignatureFamily.ED448, Option.none(), Option.none()),
                both(SignatureScheme.RSA_PSS_PSS_SHA256, SignatureFamily.RSA_PSS_PSS, Option.some(HashAlgorithm.SHA256), Option.none()),
                both(SignatureScheme.RSA_PSS_PSS_SHA384, SignatureFamily.RSA_PSS_PSS, Option.some(HashAlgorithm.SHA384), Option.none()),
                both(SignatureScheme.RSA_PSS_PSS_SHA512, SignatureFamily.RSA_PSS_PSS, Option.some(HashAlgorithm.SHA512), Option.none()),
                // RFC 8734: TLS 1.3 only, each bound to its brainpool curve.
                tls13(SignatureScheme.ECDSA_BRAINPOOLP256R1TLS13_SHA256, SignatureFamily.ECDSA, Option.some(HashAlgorithm.SHA256), Option.some("brainpoolP256r1")),
                tls13(SignatureScheme.ECDSA_BRAINPOOLP384R1TLS13_SHA384, SignatureFamily.ECDSA, Option.some(HashAlgorithm.SHA384), Option.some("brainpoolP384r1")),
                tls13(SignatureScheme.ECDSA_BRAINPOOLP512R1TLS13_SHA512, SignatureFamily.ECDSA, Option.some(HashAlgorithm.SHA512), Option.some("brainpoolP512r1")));
        return LinkedHashMap.ofEntries(all.map(i -> io.vavr.Tuple.of(i.scheme(), i)));
    }

    private static SignatureSchemeInfo tls12(SignatureScheme s, SignatureFamily f, HashAlgorithm h) {
        return new SignatureSchemeInfo(s, f, Option.some(h), Option.none(), true, false);
    }

    private static SignatureSchemeInfo both(SignatureScheme s, SignatureFamily f, Option<HashAlgorithm> h, Option<String> curve) {
        return new SignatureSchemeInfo(s, f, h, curve, true, true);
    }

    private static SignatureSchemeInfo tls13(SignatureScheme s, SignatureFamily f, Option<HashAlgorithm> h, Option<String> curve) {
        return new SignatureSchemeInfo(s, f, h, curve, false, true);
    }
}
