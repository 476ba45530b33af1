package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.Registry;
import org.tlscodec.tls.registry.RegistryValue;

/**
 * IdentifierType of trusted_ca_keys (RFC 6066 section 6): how a TrustedAuthority names a CA. The
 * RFC closes the enum at 255 without an IANA registry; it is open here all the same, so a value
 * this library does not know is kept rather than rejected.
 */
public record IdentifierType(int code) implements RegistryValue {
    private static final Registry.Builder<IdentifierType> B = Registry.builder("IdentifierType", 1, IdentifierType::new, IdentifierType::code);

    public static final IdentifierType PRE_AGREED = B.add(0, "pre_agreed");
    public static final IdentifierType KEY_SHA1_HASH = B.add(1, "key_sha1_hash");
    public static final IdentifierType X509_NAME = B.add(2, "x509_name");
    public static final IdentifierType CERT_SHA1_HASH = B.add(3, "cert_sha1_hash");

    public static final Registry<IdentifierType> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<IdentifierType> CODEC = REGISTRY.codec();

    public IdentifierType {
        Registry.checkCode("IdentifierType", 1, code);
    }

    /** The value for a code: the interned constant when known. */
    public static IdentifierType of(int code) {
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
