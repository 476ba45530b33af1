package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.Registry;
import org.tlscodec.tls.registry.RegistryValue;

/**
 * CertChainType of CertificateURL (RFC 6066 section 5): {@code enum { individual_certs(0),
 * pkipath(1), (255) }}. No IANA registry holds it, so it lives beside its only message; open like
 * every registry value, an unknown code is kept.
 */
public record CertChainType(int code) implements RegistryValue {
    private static final Registry.Builder<CertChainType> B = Registry.builder("CertChainType", 1, CertChainType::new, CertChainType::code);

    public static final CertChainType INDIVIDUAL_CERTS = B.add(0, "individual_certs");
    public static final CertChainType PKIPATH = B.add(1, "pkipath");

    public static final Registry<CertChainType> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<CertChainType> CODEC = REGISTRY.codec();

    public CertChainType {
        Registry.checkCode("CertChainType", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static CertChainType of(int code) {
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
