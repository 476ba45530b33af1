package org.tlscodec.tls.extension;

import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.CertificateStatusType;
import org.tlscodec.tls.registry.ExtensionType;

/** A {@link CertificateStatus} whose status_type is not ocsp: the response is the rest of the extension_data, kept as is. */
public record CertificateStatusUnknown(CertificateStatusType statusType, Bytes response) implements CertificateStatus {

    @Override
    public ExtensionType type() {
        return ExtensionType.STATUS_REQUEST;
    }
}
