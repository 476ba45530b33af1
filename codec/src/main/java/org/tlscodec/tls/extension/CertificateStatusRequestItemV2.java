package org.tlscodec.tls.extension;

import org.tlscodec.codec.Codec;
import org.tlscodec.codec.Codecs;
import org.tlscodec.tls.registry.CertificateStatusType;

/**
 * {@code struct { CertificateStatusType status_type; uint16 request_length; select (status_type) { case ocsp: case ocsp_multi: OCSPStatusRequest; } request; } CertificateStatusRequestItemV2;}
 * (RFC 6961 section 2.2). Unlike status_request, each request is framed by request_length, so
 * a status_type this library does not know is kept with its own bytes and the list goes on.
 */
public sealed interface CertificateStatusRequestItemV2
        permits CertificateStatusRequestItemV2Ocsp, CertificateStatusRequestItemV2Unknown {

    /** The status_type on the wire. */
    CertificateStatusType statusType();

    Codec<CertificateStatusRequestItemV2> CODEC = Codecs.select(CertificateStatusType.CODEC, CertificateStatusRequestItemV2::statusType)
            .framed(2)
            .caseOf(CertificateStatusType.OCSP, "ocsp", CertificateStatusRequestItemV2Ocsp.class,
                    CertificateStatusRequestItemV2Ocsp.codecFor(CertificateStatusType.OCSP))
            .caseOf(CertificateStatusType.OCSP_MULTI, "ocsp_multi", CertificateStatusRequestItemV2Ocsp.class,
                    CertificateStatusRequestItemV2Ocsp.codecFor(CertificateStatusType.OCSP_MULTI))
            .otherwise(CertificateStatusRequestItemV2Unknown.class, CertificateStatusRequestItemV2Unknown::new,
                    CertificateStatusRequestItemV2Unknown::request)
            .named("CertificateStatusRequestItemV2");
}
