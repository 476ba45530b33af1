package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * HPKE AEAD identifier (RFC 9180 section 7.3; IANA "HPKE AEAD Identifiers"): the AEAD of an ECH cipher
 * suite. 0xFFFF marks an export-only context. Open: any code is kept.
 */
public record HpkeAeadId(int code) implements RegistryValue {
    private static final Registry.Builder<HpkeAeadId> B = Registry.builder("HpkeAeadId", 2, HpkeAeadId::new, HpkeAeadId::code);

    public static final HpkeAeadId AES_128_GCM = B.add(0x0001, "AES-128-GCM");
    public static final HpkeAeadId AES_256_GCM = B.add(0x0002, "AES-256-GCM");
    public static final HpkeAeadId CHACHA20_POLY1305 = B.add(0x0003, "ChaCha20Poly1305");
    public static final HpkeAeadId EXPORT_ONLY = B.add(0xffff, "Export-only");

    public static final Registry<HpkeAeadId> REGISTRY = B.build();

    /** The wire form: two bytes, big-endian. */
    public static final Codec<HpkeAeadId> CODEC = REGISTRY.codec();

    public HpkeAeadId {
        Registry.checkCode("HpkeAeadId", 2, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static HpkeAeadId of(int code) {
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
