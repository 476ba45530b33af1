package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * ECCurveType (RFC 8422 section 5.4; IANA "TLS EC Curve Types"): the first byte of ECParameters in an
 * ECDHE ServerKeyExchange. RFC 8422 deprecates the explicit curves. Open: any byte is kept.
 */
public record ECCurveType(int code) implements RegistryValue {
    private static final Registry.Builder<ECCurveType> B = Registry.builder("ECCurveType", 1, ECCurveType::new, ECCurveType::code);

    public static final ECCurveType EXPLICIT_PRIME = B.add(1, "explicit_prime");
    public static final ECCurveType EXPLICIT_CHAR2 = B.add(2, "explicit_char2");
    public static final ECCurveType NAMED_CURVE = B.add(3, "named_curve");

    public static final Registry<ECCurveType> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<ECCurveType> CODEC = REGISTRY.codec();

    public ECCurveType {
        Registry.checkCode("ECCurveType", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static ECCurveType of(int code) {
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
