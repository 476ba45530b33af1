package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * AuthorizationDataFormat (RFC 5878 section 3; IANA "TLS Authorization Data Formats"): the formats
 * client_authz and server_authz offer and the authz_data supplemental data carries. Open: any byte is
 * kept.
 */
public record AuthorizationDataFormat(int code) implements RegistryValue {
    private static final Registry.Builder<AuthorizationDataFormat> B = Registry.builder("AuthorizationDataFormat", 1, AuthorizationDataFormat::new, AuthorizationDataFormat::code);

    public static final AuthorizationDataFormat X509_ATTR_CERT = B.add(0, "x509_attr_cert");
    public static final AuthorizationDataFormat SAML_ASSERTION = B.add(1, "saml_assertion");
    public static final AuthorizationDataFormat X509_ATTR_CERT_URL = B.add(2, "x509_attr_cert_url");
    public static final AuthorizationDataFormat SAML_ASSERTION_URL = B.add(3, "saml_assertion_url");
    public static final AuthorizationDataFormat KEYNOTE_ASSERTION = B.add(64, "keynote_assertion");
    public static final AuthorizationDataFormat KEYNOTE_ASSERTION_URL = B.add(65, "keynote_assertion_url");
    public static final AuthorizationDataFormat DTCP_CERTIFICATE = B.add(66, "dtcp_certificate");

    public static final Registry<AuthorizationDataFormat> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<AuthorizationDataFormat> CODEC = REGISTRY.codec();

    public AuthorizationDataFormat {
        Registry.checkCode("AuthorizationDataFormat", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static AuthorizationDataFormat of(int code) {
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
