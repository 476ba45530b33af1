package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.dependent;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.provide;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.CertificateStatusType;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * CertificateStatus: {@code CertificateStatusType status_type; select (status_type) { ... }}.
 * RFC 6066 section 8 defines {@code case ocsp: OCSPResponse response} with {@code opaque
 * OCSPResponse<1..2^24-1>}; RFC 6961 section 2.2 adds {@code case ocsp_multi: OCSPResponseList},
 * {@code struct { OCSPResponse ocsp_response_list<1..2^24-1>; }}, where each response may be empty
 * ({@code <0..2^24-1>}: no response for that certificate of the chain). Any other status type has
 * a body no RFC defines; it is kept whole, so it round-trips.
 *
 * <p>The type is read first and picks the body ({@code dependent}); each body shows the type
 * again as its first field, so the message renders with the RFC's {@code status_type}.
 */
public sealed interface CertificateStatus extends HandshakeMessage {

    /** The status_type on the wire. */
    CertificateStatusType statusType();

    /** {@code case ocsp}: one DER OCSPResponse (RFC 6066 section 8). */
    record Ocsp(Bytes ocspResponse) implements CertificateStatus {
        @Override
        public CertificateStatusType statusType() {
            return CertificateStatusType.OCSP;
        }
    }

    /** {@code case ocsp_multi}: one OCSPResponse a certificate of the chain, empty where there is none (RFC 6961 section 2.2). */
    record OcspMulti(Vector<Bytes> ocspResponseList) implements CertificateStatus {
        @Override
        public CertificateStatusType statusType() {
            return CertificateStatusType.OCSP_MULTI;
        }
    }

    /** Any other status_type: the rest of the message, kept as sent. */
    record Other(CertificateStatusType statusType, Bytes response) implements CertificateStatus {
    }

    Codec<CertificateStatus> CODEC = Bodies.CODEC;

    @Override
    default HandshakeType msgType() {
        return HandshakeType.CERTIFICATE_STATUS;
    }

    /** The codecs, out of the interface's public face. */
    final class Bodies {
        private static final Codec<Ocsp> OCSP = struct(
                field("status_type", provide(CertificateStatusType.OCSP), Ocsp::statusType),
                field("ocsp_response", opaque(3, 1, 0xffffff), Ocsp::ocspResponse),
                (type, response) -> new Ocsp(response));

        private static final Codec<OcspMulti> OCSP_MULTI = struct(
                field("status_type", provide(CertificateStatusType.OCSP_MULTI), OcspMulti::statusType),
                field("ocsp_response_list", vector(3, opaque(3, 0, 0xffffff), 1, 0xffffff), OcspMulti::ocspResponseList),
                (type, list) -> new OcspMulti(list));

        static final Codec<CertificateStatus> CODEC =
                dependent(CertificateStatusType.CODEC, CertificateStatus::statusType, Bodies::body).named("CertificateStatus");

        private Bodies() {
        }

        private static Codec<CertificateStatus> body(CertificateStatusType type) {
            if (type.equals(CertificateStatusType.OCSP)) {
                return as(Ocsp.class, OCSP);
            }
            if (type.equals(CertificateStatusType.OCSP_MULTI)) {
                return as(OcspMulti.class, OCSP_MULTI);
            }
            return as(Other.class, struct(
                    field("status_type", provide(type), Other::statusType),
                    field("response", remaining(), Other::response),
                    Other::new));
        }

        // An Other carrying ocsp or ocsp_multi would be written with the wrong shape: an error, not a cast failure.
        private static <S extends CertificateStatus> Codec<CertificateStatus> as(Class<S> shape, Codec<S> codec) {
            return codec.widen(s -> s, status -> shape.isInstance(status)
                    ? Either.right(shape.cast(status))
                    : Either.left("status_type " + status.statusType() + " is written as a CertificateStatus."
                            + shape.getSimpleName() + ", not a " + status.getClass().getSimpleName()));
        }
    }
}
