package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.conditional;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque16;
import static org.tlscodec.codec.Codecs.struct;

import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * CertificateVerify: {@code SignatureScheme algorithm; opaque signature<0..2^16-1>;} in TLS 1.3
 * (RFC 8446 section 4.4.3) and TLS 1.2 (RFC 5246 section 4.7 digitally-signed, whose
 * SignatureAndHashAlgorithm is the same two bytes). SSL 3.0 to TLS 1.1 had no algorithm field:
 * the key's type implied it, so the signature is all there is. The algorithm is therefore present
 * exactly when the negotiated version has it.
 */
public record CertificateVerify(Option<SignatureScheme> algorithm, Bytes signature) implements HandshakeMessage {
    private static final Codec<CertificateVerify> WITH_ALGORITHM = build(true);
    private static final Codec<CertificateVerify> WITHOUT_ALGORITHM = build(false);

    /** With the algorithm field (TLS 1.2, 1.3) or without (SSL 3.0 to TLS 1.1). */
    public static Codec<CertificateVerify> codec(boolean withAlgorithm) {
        return withAlgorithm ? WITH_ALGORITHM : WITHOUT_ALGORITHM;
    }

    /** The codec for the negotiated version; none while the version is not known. */
    public static Option<Codec<CertificateVerify>> codec(WireContext ctx) {
        return Generation.of(ctx).map(g -> codec(g.signsWithAlgorithm()));
    }

    private static Codec<CertificateVerify> build(boolean withAlgorithm) {
        return struct(
                field("algorithm", conditional(withAlgorithm, SignatureScheme.CODEC), CertificateVerify::algorithm),
                field("signature", opaque16(), CertificateVerify::signature),
                CertificateVerify::new);
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CERTIFICATE_VERIFY;
    }
}
