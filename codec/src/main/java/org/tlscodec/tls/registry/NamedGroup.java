package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * NamedGroup (RFC 8446 section 4.2.7, RFC 8422 section 5.1.1, RFC 7919; IANA "TLS Supported Groups",
 * which was "EC Named Curve" before RFC 7919): every assigned group, with IANA's names, including
 * the ML-KEM groups and hybrids of the post-quantum drafts, plus GREASE (RFC 8701). Open: an
 * unassigned group is kept.
 *
 * <p>IANA marks 0x6399 and 0x639A "(OBSOLETE)"; the status is left out of their names. The private-use
 * finite-field codes 508-511 share the name "ffdhe_private_use".
 */
public record NamedGroup(int code) implements RegistryValue {
    private static final Registry.Builder<NamedGroup> B = Registry.builder("NamedGroup", 2, NamedGroup::new, NamedGroup::code);

    // RFC 8422 section 5.1.1 (1-25), RFC 7027 (26-28), RFC 8446 (29-30), RFC 8734 (31-33), RFC 9189 (34-40), RFC 8998 (41).
    public static final NamedGroup SECT163K1 = B.add(1, "sect163k1");
    public static final NamedGroup SECT163R1 = B.add(2, "sect163r1");
    public static final NamedGroup SECT163R2 = B.add(3, "sect163r2");
    public static final NamedGroup SECT193R1 = B.add(4, "sect193r1");
    public static final NamedGroup SECT193R2 = B.add(5, "sect193r2");
    public static final NamedGroup SECT233K1 = B.add(6, "sect233k1");
    public static final NamedGroup SECT233R1 = B.add(7, "sect233r1");
    public static final NamedGroup SECT239K1 = B.add(8, "sect239k1");
    public static final NamedGroup SECT283K1 = B.add(9, "sect283k1");
    public static final NamedGroup SECT283R1 = B.add(10, "sect283r1");
    public static final NamedGroup SECT409K1 = B.add(11, "sect409k1");
    public static final NamedGroup SECT409R1 = B.add(12, "sect409r1");
    public static final NamedGroup SECT571K1 = B.add(13, "sect571k1");
    public static final NamedGroup SECT571R1 = B.add(14, "sect571r1");
    public static final NamedGroup SECP160K1 = B.add(15, "secp160k1");
    public static final NamedGroup SECP160R1 = B.add(16, "secp160r1");
    public static final NamedGroup SECP160R2 = B.add(17, "secp160r2");
    public static final NamedGroup SECP192K1 = B.add(18, "secp192k1");
    public static final NamedGroup SECP192R1 = B.add(19, "secp192r1");
    public static final NamedGroup SECP224K1 = B.add(20, "secp224k1");
    public static final NamedGroup SECP224R1 = B.add(21, "secp224r1");
    public static final NamedGroup SECP256K1 = B.add(22, "secp256k1");
    public static final NamedGroup SECP256R1 = B.add(23, "secp256r1");
    public static final NamedGroup SECP384R1 = B.add(24, "secp384r1");
    public static final NamedGroup SECP521R1 = B.add(25, "secp521r1");
    public static final NamedGroup BRAINPOOLP256R1 = B.add(26, "brainpoolP256r1");
    public static final NamedGroup BRAINPOOLP384R1 = B.add(27, "brainpoolP384r1");
    public static final NamedGroup BRAINPOOLP512R1 = B.add(28, "brainpoolP512r1");
    public static final NamedGroup X25519 = B.add(29, "x25519");
    public static final NamedGroup X448 = B.add(30, "x448");
    public static final NamedGroup BRAINPOOLP256R1TLS13 = B.add(31, "brainpoolP256r1tls13");
    public static final NamedGroup BRAINPOOLP384R1TLS13 = B.add(32, "brainpoolP384r1tls13");
    public static final NamedGroup BRAINPOOLP512R1TLS13 = B.add(33, "brainpoolP512r1tls13");
    public static final NamedGroup GC256A = B.add(34, "GC256A");
    public static final NamedGroup GC256B = B.add(35, "GC256B");
    public static final NamedGroup GC256C = B.add(36, "GC256C");
    public static final NamedGroup GC256D = B.add(37, "GC256D");
    public static final NamedGroup GC512A = B.add(38, "GC512A");
    public static final NamedGroup GC512B = B.add(39, "GC512B");
    public static final NamedGroup GC512C = B.add(40, "GC512C");
    public static final NamedGroup CURVE_SM2 = B.add(41, "curveSM2");

    // RFC 7919: finite-field groups; 508-511 are reserved for private use.
    public static final NamedGroup FFDHE2048 = B.add(256, "ffdhe2048");
    public static final NamedGroup FFDHE3072 = B.add(257, "ffdhe3072");
    public static final NamedGroup FFDHE4096 = B.add(258, "ffdhe4096");
    public static final NamedGroup FFDHE6144 = B.add(259, "ffdhe6144");
    public static final NamedGroup FFDHE8192 = B.add(260, "ffdhe8192");
    public static final NamedGroup FFDHE_PRIVATE_USE_508 = B.add(508, "ffdhe_private_use");
    public static final NamedGroup FFDHE_PRIVATE_USE_509 = B.add(509, "ffdhe_private_use");
    public static final NamedGroup FFDHE_PRIVATE_USE_510 = B.add(510, "ffdhe_private_use");
    public static final NamedGroup FFDHE_PRIVATE_USE_511 = B.add(511, "ffdhe_private_use");

    // draft-connolly-tls-mlkem-key-agreement: ML-KEM (FIPS 203) alone.
    public static final NamedGroup MLKEM512 = B.add(0x0200, "MLKEM512");
    public static final NamedGroup MLKEM768 = B.add(0x0201, "MLKEM768");
    public static final NamedGroup MLKEM1024 = B.add(0x0202, "MLKEM1024");

    // draft-kwiatkowski-tls-ecdhe-mlkem: hybrids of ECDH and ML-KEM.
    public static final NamedGroup SECP256R1_MLKEM768 = B.add(0x11eb, "SecP256r1MLKEM768");
    public static final NamedGroup X25519_MLKEM768 = B.add(0x11ec, "X25519MLKEM768");
    public static final NamedGroup SECP384R1_MLKEM1024 = B.add(0x11ed, "SecP384r1MLKEM1024");

    // draft-tls-westerbaan-xyber768d00 and draft-kwiatkowski-tls-ecdhe-kyber: pre-standard Kyber hybrids.
    /** Obsolete (IANA marks it so), but still sent by clients of 2023-2024. */
    public static final NamedGroup X25519_KYBER768_DRAFT00 = B.add(0x6399, "X25519Kyber768Draft00");
    /** Obsolete (IANA marks it so). */
    public static final NamedGroup SECP256R1_KYBER768_DRAFT00 = B.add(0x639a, "SecP256r1Kyber768Draft00");

    // RFC 8422 section 5.1.1: curves given explicitly in ServerKeyExchange (deprecated).
    public static final NamedGroup ARBITRARY_EXPLICIT_PRIME_CURVES = B.add(0xff01, "arbitrary_explicit_prime_curves");
    public static final NamedGroup ARBITRARY_EXPLICIT_CHAR2_CURVES = B.add(0xff02, "arbitrary_explicit_char2_curves");

    static {
        B.addGrease16();
    }

    public static final Registry<NamedGroup> REGISTRY = B.build();

    /** The wire form: two bytes, big-endian. */
    public static final Codec<NamedGroup> CODEC = REGISTRY.codec();

    public NamedGroup {
        Registry.checkCode("NamedGroup", 2, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static NamedGroup of(int code) {
        return REGISTRY.of(code);
    }

    @Override
    public Registry<?> registry() {
        return REGISTRY;
    }


    /** True for a finite-field Diffie-Hellman group (RFC 7919): ffdhe2048 to ffdhe8192 and the private-use 508-511. */
    public boolean isFiniteField() {
        return code >= 256 && code <= 511;
    }

    /** True for an elliptic-curve group: the named curves 1-41 and the explicit-curve markers 0xFF01, 0xFF02. */
    public boolean isEllipticCurve() {
        return (code >= 1 && code <= 41) || code == 0xff01 || code == 0xff02;
    }

    /** True for a hybrid of ECDH and a post-quantum KEM (ML-KEM, or the pre-standard Kyber). */
    public boolean isHybrid() {
        return (code >= 0x11eb && code <= 0x11ed) || code == 0x6399 || code == 0x639a;
    }

    /** True for a group with a post-quantum component: ML-KEM alone or any hybrid. */
    public boolean isPostQuantum() {
        return (code >= 0x0200 && code <= 0x0202) || isHybrid();
    }

    @Override
    public String toString() {
        return display();
    }
}
