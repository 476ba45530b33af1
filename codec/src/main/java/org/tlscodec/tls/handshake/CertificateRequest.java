package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.conditional;
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
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.extension.Extensions;
import org.tlscodec.tls.registry.ClientCertificateType;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * CertificateRequest: up to TLS 1.2 a list of certificate types, signature algorithms (added in
 * TLS 1.2, absent before) and acceptable CA names (RFC 5246 section 7.4.4, RFC 4346 section
 * 7.4.4); TLS 1.3 moved all of it into extensions (RFC 8446 section 4.3.2). The negotiated
 * version picks the body; without one the message stays raw.
 */
public sealed interface CertificateRequest extends HandshakeMessage {

    @Override
    default HandshakeType msgType() {
        return HandshakeType.CERTIFICATE_REQUEST;
    }

    /**
     * RFC 5246 section 7.4.4: {@code ClientCertificateType certificate_types<1..2^8-1>;
     * SignatureAndHashAlgorithm supported_signature_algorithms<2..2^16-2>; DistinguishedName
     * certificate_authorities<0..2^16-1>;} with {@code opaque DistinguishedName<1..2^16-1>}. A
     * SignatureAndHashAlgorithm is the {hash, signature} byte pair RFC 8446 renamed SignatureScheme.
     */
    record Tls12(Vector<ClientCertificateType> certificateTypes,
                 Option<Vector<SignatureScheme>> supportedSignatureAlgorithms,
                 Vector<Bytes> certificateAuthorities) implements CertificateRequest {
        private static final Codec<Tls12> WITH_ALGORITHMS = build(true);
        private static final Codec<Tls12> WITHOUT_ALGORITHMS = build(false);

        /** For TLS 1.2 ({@code withAlgorithms}) or for SSL 3.0 to TLS 1.1. */
        public static Codec<Tls12> codec(boolean withAlgorithms) {
            return withAlgorithms ? WITH_ALGORITHMS : WITHOUT_ALGORITHMS;
        }

        private static Codec<Tls12> build(boolean withAlgorithms) {
            return struct(
                    field("certificate_types", vector(1, ClientCertificateType.CODEC, 1, 0xff), Tls12::certificateTypes),
                    field("supported_signature_algorithms",
                            conditional(withAlgorithms, vector(2, SignatureScheme.CODEC, 2, 0xfffe)), Tls12::supportedSignatureAlgorithms),
                    field("certificate_authorities", vector(2, opaque(2, 1, 0xffff), 0, 0xffff), Tls12::certificateAuthorities),
                    Tls12::new);
        }
    }

    /**
     * RFC 8446 section 4.3.2: {@code opaque certificate_request_context<0..2^8-1>; Extension
     * extensions<2..2^16-1>;} read in the CR column. (signature_algorithms is mandatory, hence the
     * lower bound; that is left to validation.)
     */
    record Tls13(Bytes certificateRequestContext, Vector<Extension> extensions) implements CertificateRequest {
        private static final Codec<Tls13> STRICT = build(false);
        private static final Codec<Tls13> LENIENT = build(true);

        public static Codec<Tls13> codec(boolean lenient) {
            return lenient ? LENIENT : STRICT;
        }

        private static Codec<Tls13> build(boolean lenient) {
            return struct(
                    field("certificate_request_context", opaque8(), Tls13::certificateRequestContext),
                    field("extensions", Extensions.list(ExtensionContext.CERTIFICATE_REQUEST, lenient), Tls13::extensions),
                    Tls13::new);
        }
    }

    /** The body for the negotiated version; none while the version is not known. */
    static Option<Codec<CertificateRequest>> codec(WireContext ctx) {
        return Generation.of(ctx).map(g -> g == Generation.TLS13
                ? Handshake.upcast(Tls13.codec(ctx.lenient()), Tls13.class)
                : Handshake.upcast(Tls12.codec(g.signsWithAlgorithm()), Tls12.class));
    }
}
