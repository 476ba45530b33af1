package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * CertificateType (RFC 6091, RFC 7250 section 3; IANA "TLS Certificate Types"): what the cert_type,
 * client_certificate_type and server_certificate_type extensions name. The names are those of the
 * RFCs' enums (IANA writes "X.509" and "Raw Public Key"); 1609Dot2 is draft-tls-certieee1609's IEEE 1609.2
 * certificate, whose constant needs a letter in front. Open: any byte is kept.
 */
public record CertificateType(int code) implements RegistryValue {
    private static final Registry.Builder<CertificateType> B = Registry.builder("CertificateType", 1, CertificateType::new, CertificateType::code);

    public static final CertificateType X509 = B.add(0, "X509");
    public static final CertificateType OPEN_PGP = B.add(1, "OpenPGP");
    public static final CertificateType RAW_PUBLIC_KEY = B.add(2, "RawPublicKey");
    public static final CertificateType X1609_DOT2 = B.add(3, "1609Dot2");

    public static final Registry<CertificateType> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<CertificateType> CODEC = REGISTRY.codec();

    public CertificateType {
        Registry.checkCode("CertificateType", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static CertificateType of(int code) {
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
