package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.CertificateType;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * client_certificate_type or server_certificate_type from the server: the {@code case server}
 * arm of RFC 7250 section 3, one {@code CertificateType}, the type chosen. In a TLS 1.2
 * ServerHello or a TLS 1.3 EncryptedExtensions (RFC 8446 section 4.2).
 */
public record CertificateTypeSelected(ExtensionType type, CertificateType certificateType) implements Extension {

    /** The codec for {@code type}: client_certificate_type or server_certificate_type. */
    public static Codec<CertificateTypeSelected> codecFor(ExtensionType type) {
        String name = type.equals(ExtensionType.CLIENT_CERTIFICATE_TYPE) ? "client_certificate_type" : "server_certificate_type";
        return struct(
                field(name, CertificateType.CODEC, CertificateTypeSelected::certificateType),
                certificateType -> new CertificateTypeSelected(type, certificateType));
    }
}
