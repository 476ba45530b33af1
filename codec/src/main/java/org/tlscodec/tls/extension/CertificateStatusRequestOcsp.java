package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.CertificateStatusType;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * A {@link CertificateStatusRequest} with status_type ocsp: its {@code request} is an
 * OCSPStatusRequest (RFC 6066 section 8). The codec is the part after status_type.
 */
public record CertificateStatusRequestOcsp(OcspStatusRequest request) implements CertificateStatusRequest {
    public static final Codec<CertificateStatusRequestOcsp> CODEC = struct(
            field("request", OcspStatusRequest.CODEC, CertificateStatusRequestOcsp::request),
            CertificateStatusRequestOcsp::new);

    @Override
    public CertificateStatusType statusType() {
        return CertificateStatusType.OCSP;
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.STATUS_REQUEST;
    }
}
