package org.tlscodec.tls.extension;

import org.tlscodec.codec.Codec;
import org.tlscodec.codec.Codecs;
import org.tlscodec.tls.registry.CertificateStatusType;

/**
 * status_request in ClientHello and (TLS 1.3) CertificateRequest:
 * {@code struct { CertificateStatusType status_type; select (status_type) { case ocsp: OCSPStatusRequest; } request; } CertificateStatusRequest;}
 * (RFC 6066 section 8, RFC 8446 section 4.4.2.1). A status_type RFC 6066 does not define has no
 * known shape, but it is the last thing in extension_data, so its request is kept as the rest of
 * the bytes ({@link CertificateStatusRequestUnknown}). The server's answer is empty in a TLS 1.2
 * ServerHello and a {@link CertificateStatus} in a TLS 1.3 certificate entry.
 */
public sealed interface CertificateStatusRequest extends Extension
        permits CertificateStatusRequestOcsp, CertificateStatusRequestUnknown {

    // No default methods here: a class initialises the interfaces with defaults it implements before
    // itself, and CODEC reads the records' codecs, which would still be null then.

    /** The status_type on the wire. */
    CertificateStatusType statusType();

    Codec<CertificateStatusRequest> CODEC = Codecs.select(CertificateStatusType.CODEC, CertificateStatusRequest::statusType)
            .caseOf(CertificateStatusType.OCSP, "ocsp", CertificateStatusRequestOcsp.class, CertificateStatusRequestOcsp.CODEC)
            .otherwise(CertificateStatusRequestUnknown.class, CertificateStatusRequestUnknown::new, CertificateStatusRequestUnknown::request)
            .named("CertificateStatusRequest");
}
