package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.CertificateType;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * client_certificate_type or server_certificate_type in ClientHello: the {@code case client}
 * arm of RFC 7250 section 3, {@code CertificateType client_certificate_types<1..2^8-1>} (or
 * server_certificate_types), the types the client can send or accept, in order of preference.
 * The two extensions share the shape, so the record carries which one it is.
 */
public record CertificateTypesClientHello(ExtensionType type, Vector<CertificateType> certificateTypes) implements Extension {

    /** The codec for {@code type}: client_certificate_type or server_certificate_type. */
    public static Codec<CertificateTypesClientHello> codecFor(ExtensionType type) {
        String name = type.equals(ExtensionType.CLIENT_CERTIFICATE_TYPE) ? "client_certificate_types" : "server_certificate_types";
        return struct(
                field(name, vector(1, CertificateType.CODEC, 1, 0xff), CertificateTypesClientHello::certificateTypes),
                types -> new CertificateTypesClientHello(type, types));
    }
}
