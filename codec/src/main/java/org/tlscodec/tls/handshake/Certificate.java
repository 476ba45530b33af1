package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.opaque8;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.registry.CertificateType;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * Certificate: three bodies under one message type, chosen by the negotiated version and
 * certificate type. TLS 1.2 and before send a bare chain (RFC 5246 section 7.4.2), or with RFC
 * 7250 raw public keys a single SubjectPublicKeyInfo (RFC 7250 section 3); TLS 1.3 adds a request
 * context and per-entry extensions (RFC 8446 section 4.4.2). Other certificate types (OpenPGP,
 * 1609.2) and an unknown version leave the message raw.
 */
public sealed interface Certificate extends HandshakeMessage {

    @Override
    default HandshakeType msgType() {
        return HandshakeType.CERTIFICATE;
    }

    /** RFC 5246 section 7.4.2: {@code opaque ASN.1Cert<1..2^24-1>; ASN.1Cert certificate_list<0..2^24-1>;}. */
    record Tls12(Vector<Bytes> certificateList) implements Certificate {
        public static final Codec<Tls12> CODEC = struct(
                field("certificate_list", vector(3, opaque(3, 1, 0xffffff), 0, 0xffffff), Tls12::certificateList),
                Tls12::new);
    }

    /** RFC 7250 section 3, before TLS 1.3: {@code opaque ASN.1_subjectPublicKeyInfo<1..2^24-1>;}. */
    record Tls12RawPublicKey(Bytes asn1SubjectPublicKeyInfo) implements Certificate {
        public static final Codec<Tls12RawPublicKey> CODEC = struct(
                field("ASN.1_subjectPublicKeyInfo", opaque(3, 1, 0xffffff), Tls12RawPublicKey::asn1SubjectPublicKeyInfo),
                Tls12RawPublicKey::new);
    }

    /**
     * RFC 8446 section 4.4.2: {@code opaque certificate_request_context<0..2^8-1>;
     * CertificateEntry certificate_list<0..2^24-1>;}.
     */
    record Tls13(Bytes certificateRequestContext, Vector<CertificateEntry> certificateList) implements Certificate {
        public static Codec<Tls13> codec(boolean rawPublicKey, boolean lenient) {
            return struct(
                    field("certificate_request_context", opaque8(), Tls13::certificateRequestContext),
                    field("certificate_list", vector(3, CertificateEntry.codec(rawPublicKey, lenient), 0, 0xffffff), Tls13::certificateList),
                    Tls13::new);
        }
    }

    /** The body for the negotiated version and certificate type; none when either does not say. */
    static Option<Codec<Certificate>> codec(WireContext ctx) {
        CertificateType type = ctx.certificateType();
        boolean rawPublicKey = type.equals(CertificateType.RAW_PUBLIC_KEY);
        if (!rawPublicKey && !type.equals(CertificateType.X509)) {
            return Option.none();
        }
        return Generation.of(ctx).map(g -> {
            if (g == Generation.TLS13) {
                return Handshake.upcast(Tls13.codec(rawPublicKey, ctx.lenient()), Tls13.class);
            }
            return rawPublicKey
                    ? Handshake.upcast(Tls12RawPublicKey.CODEC, Tls12RawPublicKey.class)
                    : Handshake.upcast(Tls12.CODEC, Tls12.class);
        });
    }
}
