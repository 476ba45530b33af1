package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * NameType (RFC 6066 section 3; IANA "TLS NameType"): the kind of a server_name entry. Only host_name
 * is defined. Open: any byte is kept.
 */
public record NameType(int code) implements RegistryValue {
    private static final Registry.Builder<NameType> B = Registry.builder("NameType", 1, NameType::new, NameType::code);

    public static final NameType HOST_NAME = B.add(0, "host_name");

    public static final Registry<NameType> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<NameType> CODEC = REGISTRY.codec();

    public NameType {
        Registry.checkCode("NameType", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static NameType of(int code) {
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
