package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * CertificateStatusType (RFC 6066 section 8, RFC 6961; IANA "TLS Certificate Status Types"): the
 * kind of status_request and of a CertificateStatus message. Open: any byte is kept.
 */
public record CertificateStatusType(int code) implements RegistryValue {
    private static final Registry.Builder<CertificateStatusType> B = Registry.builder("CertificateStatusType", 1, CertificateStatusType::new, CertificateStatusType::code);

    public static final CertificateStatusType OCSP = B.add(1, "ocsp");
    public static final CertificateStatusType OCSP_MULTI = B.add(2, "ocsp_multi");

    public static final Registry<CertificateStatusType> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<CertificateStatusType> CODEC = REGISTRY.codec();

    public CertificateStatusType {
        Registry.checkCode("CertificateStatusType", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static CertificateStatusType of(int code) {
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
