package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.Registry;
import org.tlscodec.tls.registry.RegistryValue;

/**
 * ECHClientHelloType (draft-ietf-tls-esni-22 section 5): whether an encrypted_client_hello in a
 * ClientHello is the outer form (with the encrypted inner hello) or the inner marker. Open: a type
 * from a later draft is kept with its bytes.
 */
public record EchClientHelloType(int code) implements RegistryValue {
    private static final Registry.Builder<EchClientHelloType> B = Registry.builder("ECHClientHelloType", 1, EchClientHelloType::new, EchClientHelloType::code);

    public static final EchClientHelloType OUTER = B.add(0, "outer");
    public static final EchClientHelloType INNER = B.add(1, "inner");

    public static final Registry<EchClientHelloType> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<EchClientHelloType> CODEC = REGISTRY.codec();

    public EchClientHelloType {
        Registry.checkCode("ECHClientHelloType", 1, code);
    }

    /** The value for a code: the interned constant when known. */
    public static EchClientHelloType of(int code) {
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
