package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * HPKE KDF identifier (RFC 9180 section 7.2; IANA "HPKE KDF Identifiers"): the KDF of an ECH cipher
 * suite. Open: any code is kept.
 */
public record HpkeKdfId(int code) implements RegistryValue {
    private static final Registry.Builder<HpkeKdfId> B = Registry.builder("HpkeKdfId", 2, HpkeKdfId::new, HpkeKdfId::code);

    public static final HpkeKdfId HKDF_SHA256 = B.add(0x0001, "HKDF-SHA256");
    public static final HpkeKdfId HKDF_SHA384 = B.add(0x0002, "HKDF-SHA384");
    public static final HpkeKdfId HKDF_SHA512 = B.add(0x0003, "HKDF-SHA512");

    public static final Registry<HpkeKdfId> REGISTRY = B.build();

    /** The wire form: two bytes, big-endian. */
    public static final Codec<HpkeKdfId> CODEC = REGISTRY.codec();

    public HpkeKdfId {
        Registry.checkCode("HpkeKdfId", 2, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static HpkeKdfId of(int code) {
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
