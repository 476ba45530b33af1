package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * CertificateCompressionAlgorithm (RFC 8879 section 7.3; IANA "TLS Certificate Compression Algorithm
 * IDs"): what compress_certificate offers and a CompressedCertificate uses. Open: any code is kept.
 */
public record CertificateCompressionAlgorithm(int code) implements RegistryValue {
    private static final Registry.Builder<CertificateCompressionAlgorithm> B = Registry.builder("CertificateCompressionAlgorithm", 2, CertificateCompressionAlgorithm::new, CertificateCompressionAlgorithm::code);

    public static final CertificateCompressionAlgorithm ZLIB = B.add(1, "zlib");
    public static final CertificateCompressionAlgorithm BROTLI = B.add(2, "brotli");
    public static final CertificateCompressionAlgorithm ZSTD = B.add(3, "zstd");

    public static final Registry<CertificateCompressionAlgorithm> REGISTRY = B.build();

    /** The wire form: two bytes, big-endian. */
    public static final Codec<CertificateCompressionAlgorithm> CODEC = REGISTRY.codec();

    public CertificateCompressionAlgorithm {
        Registry.checkCode("CertificateCompressionAlgorithm", 2, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static CertificateCompressionAlgorithm of(int code) {
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
