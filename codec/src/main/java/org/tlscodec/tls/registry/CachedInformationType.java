package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * CachedInformationType (RFC 7924 section 8; IANA "TLS CachedInformationType Values"): what a
 * cached_info entry stands for. Open: any byte is kept.
 */
public record CachedInformationType(int code) implements RegistryValue {
    private static final Registry.Builder<CachedInformationType> B = Registry.builder("CachedInformationType", 1, CachedInformationType::new, CachedInformationType::code);

    public static final CachedInformationType CERT = B.add(1, "cert");
    public static final CachedInformationType CERT_REQ = B.add(2, "cert_req");

    public static final Registry<CachedInformationType> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<CachedInformationType> CODEC = REGISTRY.codec();

    public CachedInformationType {
        Registry.checkCode("CachedInformationType", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static CachedInformationType of(int code) {
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
