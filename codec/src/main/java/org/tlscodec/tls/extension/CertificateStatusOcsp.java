package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.CertificateStatusType;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * A {@link CertificateStatus} with status_type ocsp: {@code opaque OCSPResponse<1..2^24-1>;}
 * (RFC 6066 section 8), the DER OCSPResponse of RFC 6960, kept as bytes for the X.509 layer. The
 * codec is the part after status_type.
 */
public record CertificateStatusOcsp(Bytes response) implements CertificateStatus {
    public static final Codec<CertificateStatusOcsp> CODEC = struct(
            field("response", opaque(3, 1, 0xffffff), CertificateStatusOcsp::response),
            CertificateStatusOcsp::new);

    @Override
    public CertificateStatusType statusType() {
        return CertificateStatusType.OCSP;
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.STATUS_REQUEST;
    }
}
