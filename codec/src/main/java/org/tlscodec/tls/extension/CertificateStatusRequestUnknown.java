package org.tlscodec.tls.extension;

import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.CertificateStatusType;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * A {@link CertificateStatusRequest} whose status_type has no shape defined for status_request
 * (anything but ocsp; ocsp_multi belongs to status_request_v2): the request is the rest of the
 * extension_data, kept byte for byte.
 */
public record CertificateStatusRequestUnknown(CertificateStatusType statusType, Bytes request)
        implements CertificateStatusRequest {

    @Override
    public ExtensionType type() {
        return ExtensionType.STATUS_REQUEST;
    }
}
