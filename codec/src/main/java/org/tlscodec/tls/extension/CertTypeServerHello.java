package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.CertificateType;
import org.tlscodec.tls.registry.ExtensionType;

/** cert_type in ServerHello: {@code CertificateType certificate_type;} (RFC 6091 section 3.1), the one type the server chose. */
public record CertTypeServerHello(CertificateType certificateType) implements Extension {
    public static final Codec<CertTypeServerHello> CODEC = struct(
            field("certificate_type", CertificateType.CODEC, CertTypeServerHello::certificateType),
            CertTypeServerHello::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.CERT_TYPE;
    }
}
