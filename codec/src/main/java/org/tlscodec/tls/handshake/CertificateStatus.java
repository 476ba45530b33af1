package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.dependent;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.provide;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.CertificateStatusType;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * CertificateStatus (RFC 6066 section 8): {@code CertificateStatusType status_type; select
 * (status_type) { case ocsp: OCSPResponse response; }} with {@code opaque
 * OCSPResponse<1..2^24-1>}. Any other status type (ocsp_multi of RFC 6961, unregistered ones) has
 * a body this codec does not read; it is kept whole as {@code response}, so it round-trips.
 */
public record CertificateStatus(CertificateStatusType statusType, Bytes response) implements HandshakeMessage {
    private static final Codec<CertificateStatus> OCSP = body(CertificateStatusType.OCSP);

    public static final Codec<CertificateStatus> CODEC =
            dependent(CertificateStatusType.CODEC, CertificateStatus::statusType,
                    t -> t.equals(CertificateStatusType.OCSP) ? OCSP : body(t))
                    .named("CertificateStatus");

    // The status_type is read by the dependent head; the struct only shows it, so renders name it.
    private static Codec<CertificateStatus> body(CertificateStatusType type) {
        boolean ocsp = type.equals(CertificateStatusType.OCSP);
        return struct(
                field("status_type", provide(type), CertificateStatus::statusType),
                field(ocsp ? "ocsp_response" : "response", ocsp ? opaque(3, 1, 0xffffff) : remaining(), CertificateStatus::response),
                CertificateStatus::new);
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CERTIFICATE_STATUS;
    }
}
