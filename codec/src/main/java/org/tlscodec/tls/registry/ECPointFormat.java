package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * ECPointFormat (RFC 8422 section 5.1.2; IANA "TLS EC Point Formats"): what the ec_point_formats
 * extension lists. RFC 8422 deprecates the compressed forms. Open: any byte is kept.
 */
public record ECPointFormat(int code) implements RegistryValue {
    private static final Registry.Builder<ECPointFormat> B = Registry.builder("ECPointFormat", 1, ECPointFormat::new, ECPointFormat::code);

    public static final ECPointFormat UNCOMPRESSED = B.add(0, "uncompressed");
    public static final ECPointFormat ANSIX962_COMPRESSED_PRIME = B.add(1, "ansiX962_compressed_prime");
    public static final ECPointFormat ANSIX962_COMPRESSED_CHAR2 = B.add(2, "ansiX962_compressed_char2");

    public static final Registry<ECPointFormat> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<ECPointFormat> CODEC = REGISTRY.codec();

    public ECPointFormat {
        Registry.checkCode("ECPointFormat", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static ECPointFormat of(int code) {
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
