package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * HashAlgorithm (RFC 5246 section 7.4.1.4.1, RFC 8422 section 5.1.3; IANA "TLS HashAlgorithm"): the
 * first byte of a TLS 1.2 SignatureAndHashAlgorithm, and so of a {@link SignatureScheme} code. 7 is
 * reserved; 224-255 are for private use. Open: any byte is kept.
 */
public record HashAlgorithm(int code) implements RegistryValue {
    private static final Registry.Builder<HashAlgorithm> B = Registry.builder("HashAlgorithm", 1, HashAlgorithm::new, HashAlgorithm::code);

    public static final HashAlgorithm NONE = B.add(0x00, "none");
    public static final HashAlgorithm MD5 = B.add(0x01, "md5");
    public static final HashAlgorithm SHA1 = B.add(0x02, "sha1");
    public static final HashAlgorithm SHA224 = B.add(0x03, "sha224");
    public static final HashAlgorithm SHA256 = B.add(0x04, "sha256");
    public static final HashAlgorithm SHA384 = B.add(0x05, "sha384");
    public static final HashAlgorithm SHA512 = B.add(0x06, "sha512");
    /** RFC 8422: the signature algorithm hashes by itself (EdDSA). */
    public static final HashAlgorithm INTRINSIC = B.add(0x08, "Intrinsic");

    public static final Registry<HashAlgorithm> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<HashAlgorithm> CODEC = REGISTRY.codec();

    public HashAlgorithm {
        Registry.checkCode("HashAlgorithm", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static HashAlgorithm of(int code) {
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
