package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * signed_certificate_timestamp from the server:
 * {@code struct { SerializedSCT sct_list<1..2^16-1>; } SignedCertificateTimestampList;}
 * (RFC 6962 section 3.3), in a TLS 1.2 ServerHello or a TLS 1.3 CertificateEntry (RFC 8446
 * section 4.4.2). The client's extension in ClientHello (and a CertificateRequest) is empty.
 */
public record SignedCertificateTimestampList(Vector<SerializedSCT> sctList) implements Extension {
    public static final Codec<SignedCertificateTimestampList> CODEC = struct(
            field("sct_list", vector(2, SerializedSCT.CODEC, 1, 0xffff), SignedCertificateTimestampList::sctList),
            SignedCertificateTimestampList::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.SIGNED_CERTIFICATE_TIMESTAMP;
    }
}
