package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.CertificateStatusType;

/**
 * A {@link CertificateStatusRequestItemV2} of status_type ocsp or ocsp_multi, which share the
 * OCSPStatusRequest shape (RFC 6961 section 2.2); the codec is the request inside request_length.
 */
public record CertificateStatusRequestItemV2Ocsp(CertificateStatusType statusType, OcspStatusRequest request)
        implements CertificateStatusRequestItemV2 {

    /** The request of an item whose status_type (ocsp or ocsp_multi) was already read. */
    public static Codec<CertificateStatusRequestItemV2Ocsp> codecFor(CertificateStatusType statusType) {
        return struct(
                field("request", OcspStatusRequest.CODEC, CertificateStatusRequestItemV2Ocsp::request),
                request -> new CertificateStatusRequestItemV2Ocsp(statusType, request));
    }
}
