package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * SupplementalDataType (RFC 4680 section 3, RFC 4681, RFC 5878; IANA "TLS Supplemental Data Formats
 * (SupplementalDataType)"): the entries of a SupplementalData handshake message. Open: any code is
 * kept.
 */
public record SupplementalDataType(int code) implements RegistryValue {
    private static final Registry.Builder<SupplementalDataType> B = Registry.builder("SupplementalDataType", 2, SupplementalDataType::new, SupplementalDataType::code);

    public static final SupplementalDataType USER_MAPPING_DATA = B.add(0, "user_mapping_data");
    public static final SupplementalDataType AUTHZ_DATA = B.add(16386, "authz_data");

    public static final Registry<SupplementalDataType> REGISTRY = B.build();

    /** The wire form: two bytes, big-endian. */
    public static final Codec<SupplementalDataType> CODEC = REGISTRY.codec();

    public SupplementalDataType {
        Registry.checkCode("SupplementalDataType", 2, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static SupplementalDataType of(int code) {
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
