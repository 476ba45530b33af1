package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * HPKE KEM identifier (RFC 9180 section 7.1; IANA "HPKE KEM Identifiers"): the KEM of an ECHConfig's
 * HpkeKeyConfig (ECH). The names are IANA's; the constants drop the punctuation. Open: any code is
 * kept.
 */
public record HpkeKemId(int code) implements RegistryValue {
    private static final Registry.Builder<HpkeKemId> B = Registry.builder("HpkeKemId", 2, HpkeKemId::new, HpkeKemId::code);

    public static final HpkeKemId DHKEM_P256_HKDF_SHA256 = B.add(0x0010, "DHKEM(P-256, HKDF-SHA256)");
    public static final HpkeKemId DHKEM_P384_HKDF_SHA384 = B.add(0x0011, "DHKEM(P-384, HKDF-SHA384)");
    public static final HpkeKemId DHKEM_P521_HKDF_SHA512 = B.add(0x0012, "DHKEM(P-521, HKDF-SHA512)");
    public static final HpkeKemId DHKEM_X25519_HKDF_SHA256 = B.add(0x0020, "DHKEM(X25519, HKDF-SHA256)");
    public static final HpkeKemId DHKEM_X448_HKDF_SHA512 = B.add(0x0021, "DHKEM(X448, HKDF-SHA512)");

    public static final Registry<HpkeKemId> REGISTRY = B.build();

    /** The wire form: two bytes, big-endian. */
    public static final Codec<HpkeKemId> CODEC = REGISTRY.codec();

    public HpkeKemId {
        Registry.checkCode("HpkeKemId", 2, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static HpkeKemId of(int code) {
        return REGISTRY.of(code);
    }

    @Override
    public Registry<?> registry() {
        return REGISTRY;
    }

    @Override
    public String toString() {
        return display();
    }
}
