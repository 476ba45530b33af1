package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * status_request_v2 in ClientHello:
 * {@code struct { CertificateStatusRequestItemV2 certificate_status_req_list<1..2^16-1>; } CertificateStatusRequestListV2;}
 * (RFC 6961 section 2.2). The server's ServerHello extension is empty.
 */
public record CertificateStatusRequestListV2(Vector<CertificateStatusRequestItemV2> certificateStatusReqList)
        implements Extension {
    public static final Codec<CertificateStatusRequestListV2> CODEC = struct(
            field("certificate_status_req_list", vector(2, CertificateStatusRequestItemV2.CODEC, 1, 0xffff),
                    CertificateStatusRequestListV2::certificateStatusReqList),
            CertificateStatusRequestListV2::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.STATUS_REQUEST_V2;
    }
}
