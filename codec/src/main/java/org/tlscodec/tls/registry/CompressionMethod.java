package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * CompressionMethod (RFC 5246 section 7.4.1.2, RFC 3749, RFC 3943; IANA "TLS Compression Method
 * Identifiers"). TLS 1.3 allows only null; DEFLATE is what CRIME attacked. Open: any byte is kept.
 */
public record CompressionMethod(int code) implements RegistryValue {
    private static final Registry.Builder<CompressionMethod> B = Registry.builder("CompressionMethod", 1, CompressionMethod::new, CompressionMethod::code);

    public static final CompressionMethod NULL = B.add(0, "null");
    public static final CompressionMethod DEFLATE = B.add(1, "DEFLATE");
    public static final CompressionMethod LZS = B.add(64, "LZS");

    public static final Registry<CompressionMethod> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<CompressionMethod> CODEC = REGISTRY.codec();

    public CompressionMethod {
        Registry.checkCode("CompressionMethod", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static CompressionMethod of(int code) {
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
