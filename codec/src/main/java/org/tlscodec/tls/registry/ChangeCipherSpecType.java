package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * The one byte of a ChangeCipherSpec message (RFC 5246 section 7.1): only change_cipher_spec (1) is
 * defined. Open: any byte is kept, so a malformed CCS still round-trips.
 */
public record ChangeCipherSpecType(int code) implements RegistryValue {
    private static final Registry.Builder<ChangeCipherSpecType> B = Registry.builder("ChangeCipherSpecType", 1, ChangeCipherSpecType::new, ChangeCipherSpecType::code);

    public static final ChangeCipherSpecType CHANGE_CIPHER_SPEC = B.add(1, "change_cipher_spec");

    public static final Registry<ChangeCipherSpecType> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<ChangeCipherSpecType> CODEC = REGISTRY.codec();

    public ChangeCipherSpecType {
        Registry.checkCode("ChangeCipherSpecType", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static ChangeCipherSpecType of(int code) {
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
