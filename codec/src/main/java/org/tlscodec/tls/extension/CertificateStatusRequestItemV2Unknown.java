package org.tlscodec.tls.extension;

import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.CertificateStatusType;

/** A {@link CertificateStatusRequestItemV2} of a status_type other than ocsp and ocsp_multi: the request_length bytes, kept as is. */
public record CertificateStatusRequestItemV2Unknown(CertificateStatusType statusType, Bytes request)
        implements CertificateStatusRequestItemV2 {
}
