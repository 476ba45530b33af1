package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.Registry;
import org.tlscodec.tls.registry.RegistryValue;

/**
 * CERTIFICATE-TYPE of SSL 2.0 (draft-hickman-netscape-ssl-00, appendix B): the form of the
 * certificate in SERVER-HELLO and CLIENT-CERTIFICATE; only X.509 was defined. Open.
 */
public record SSLv2CertificateType(int code) implements RegistryValue {
    private static final Registry.Builder<SSLv2CertificateType> B = Registry.builder("SSL 2.0 certificate types", 1, SSLv2CertificateType::new, SSLv2CertificateType::code);

    public static final SSLv2CertificateType SSL_CT_X509_CERTIFICATE = B.add(1, "SSL_CT_X509_CERTIFICATE");

    public static final Registry<SSLv2CertificateType> REGISTRY = B.build();

    /** The wire form: 1 byte(s), big-endian. */
    public static final Codec<SSLv2CertificateType> CODEC = REGISTRY.codec();

    public SSLv2CertificateType {
        Registry.checkCode("SSL 2.0 certificate types", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static SSLv2CertificateType of(int code) {
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
