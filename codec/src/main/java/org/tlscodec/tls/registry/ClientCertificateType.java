package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * ClientCertificateType (RFC 5246 section 7.4.4, RFC 8422 section 5.5, RFC 9189; IANA "TLS
 * ClientCertificateType Identifiers"): the certificate_types of a TLS 1.2 CertificateRequest. The
 * "_RESERVED" names are IANA's: codes SSL 3.0 and TLS 1.0 used and later versions retired. Open: any
 * byte is kept.
 */
public record ClientCertificateType(int code) implements RegistryValue {
    private static final Registry.Builder<ClientCertificateType> B = Registry.builder("ClientCertificateType", 1, ClientCertificateType::new, ClientCertificateType::code);

    public static final ClientCertificateType RSA_SIGN = B.add(1, "rsa_sign");
    public static final ClientCertificateType DSS_SIGN = B.add(2, "dss_sign");
    public static final ClientCertificateType RSA_FIXED_DH = B.add(3, "rsa_fixed_dh");
    public static final ClientCertificateType DSS_FIXED_DH = B.add(4, "dss_fixed_dh");
    public static final ClientCertificateType RSA_EPHEMERAL_DH_RESERVED = B.add(5, "rsa_ephemeral_dh_RESERVED");
    public static final ClientCertificateType DSS_EPHEMERAL_DH_RESERVED = B.add(6, "dss_ephemeral_dh_RESERVED");
    public static final ClientCertificateType FORTEZZA_DMS_RESERVED = B.add(20, "fortezza_dms_RESERVED");
    public static final ClientCertificateType ECDSA_SIGN = B.add(64, "ecdsa_sign");
    public static final ClientCertificateType RSA_FIXED_ECDH = B.add(65, "rsa_fixed_ecdh");
    public static final ClientCertificateType ECDSA_FIXED_ECDH = B.add(66, "ecdsa_fixed_ecdh");
    public static final ClientCertificateType GOST_SIGN256 = B.add(67, "gost_sign256");
    public static final ClientCertificateType GOST_SIGN512 = B.add(68, "gost_sign512");

    public static final Registry<ClientCertificateType> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<ClientCertificateType> CODEC = REGISTRY.codec();

    public ClientCertificateType {
        Registry.checkCode("ClientCertificateType", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static ClientCertificateType of(int code) {
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
