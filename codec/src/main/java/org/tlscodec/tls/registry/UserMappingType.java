package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * UserMappingType (RFC 4681 section 2; IANA "TLS UserMappingType Values"): what the user_mapping
 * extension offers. Open: any byte is kept.
 */
public record UserMappingType(int code) implements RegistryValue {
    private static final Registry.Builder<UserMappingType> B = Registry.builder("UserMappingType", 1, UserMappingType::new, UserMappingType::code);

    public static final UserMappingType UPN_DOMAIN_HINT = B.add(64, "upn_domain_hint");

    public static final Registry<UserMappingType> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<UserMappingType> CODEC = REGISTRY.codec();

    public UserMappingType {
        Registry.checkCode("UserMappingType", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static UserMappingType of(int code) {
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
