package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.CertificateType;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * cert_type in ClientHello: {@code CertificateType certificate_types<1..2^8-1>;} (RFC 6091 section
 * 3.1), the certificate types the client can use, in order of preference (X.509 or OpenPGP; the
 * later client_ and server_certificate_type of RFC 7250 replace it).
 */
public record CertTypeClientHello(Vector<CertificateType> certificateTypes) implements Extension {
    public static final Codec<CertTypeClientHello> CODEC = struct(
            field("certificate_types", vector(1, CertificateType.CODEC, 1, 0xff), CertTypeClientHello::certificateTypes),
            CertTypeClientHello::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.CERT_TYPE;
    }
}
