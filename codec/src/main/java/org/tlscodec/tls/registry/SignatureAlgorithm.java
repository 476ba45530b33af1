package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * SignatureAlgorithm (RFC 5246 section 7.4.1.4.1, RFC 8422 section 5.1.3, RFC 9189 section 4.2.4; IANA
 * "TLS SignatureAlgorithm"): the second byte of a TLS 1.2 SignatureAndHashAlgorithm, and so of a
 * {@link SignatureScheme} code. Open: any byte is kept.
 */
public record SignatureAlgorithm(int code) implements RegistryValue {
    private static final Registry.Builder<SignatureAlgorithm> B = Registry.builder("SignatureAlgorithm", 1, SignatureAlgorithm::new, SignatureAlgorithm::code);

    public static final SignatureAlgorithm ANONYMOUS = B.add(0, "anonymous");
    public static final SignatureAlgorithm RSA = B.add(1, "rsa");
    public static final SignatureAlgorithm DSA = B.add(2, "dsa");
    public static final SignatureAlgorithm ECDSA = B.add(3, "ecdsa");
    public static final SignatureAlgorithm ED25519 = B.add(7, "ed25519");
    public static final SignatureAlgorithm ED448 = B.add(8, "ed448");
    public static final SignatureAlgorithm GOSTR34102012_256 = B.add(64, "gostr34102012_256");
    public static final SignatureAlgorithm GOSTR34102012_512 = B.add(65, "gostr34102012_512");

    public static final Registry<SignatureAlgorithm> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<SignatureAlgorithm> CODEC = REGISTRY.codec();

    public SignatureAlgorithm {
        Registry.checkCode("SignatureAlgorithm", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static SignatureAlgorithm of(int code) {
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
