package org.tlscodec.tls.extension;

import org.tlscodec.codec.Codec;
import org.tlscodec.codec.Codecs;
import org.tlscodec.tls.registry.CertificateStatusType;

/**
 * status_request in a TLS 1.3 CertificateEntry:
 * {@code struct { CertificateStatusType status_type; select (status_type) { case ocsp: OCSPResponse; } response; } CertificateStatus;}
 * (RFC 6066 section 8, carried as extension_data by RFC 8446 section 4.4.2.1). An undefined
 * status_type keeps the rest of the bytes as its response ({@link CertificateStatusUnknown}), as
 * the response is the last thing in extension_data.
 */
public sealed interface CertificateStatus extends Extension permits CertificateStatusOcsp, CertificateStatusUnknown {

    // No default methods here: a class initialises the interfaces with defaults it implements before
    // itself, and CODEC reads the records' codecs, which would still be null then.

    /** The status_type on the wire. */
    CertificateStatusType statusType();

    Codec<CertificateStatus> CODEC = Codecs.select(CertificateStatusType.CODEC, CertificateStatus::statusType)
            .caseOf(CertificateStatusType.OCSP, "ocsp", CertificateStatusOcsp.class, CertificateStatusOcsp.CODEC)
            .otherwise(CertificateStatusUnknown.class, CertificateStatusUnknown::new, CertificateStatusUnknown::response)
            .named("CertificateStatus");
}
