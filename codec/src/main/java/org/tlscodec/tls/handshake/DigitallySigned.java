package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.conditional;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.registry.ProtocolVersion;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * A {@code digitally-signed} element (RFC 5246 section 4.7):
 * {@code struct { SignatureAndHashAlgorithm algorithm; opaque signature<0..2^16-1>; }}. The
 * algorithm pair is read as one two-byte {@link SignatureScheme}, whose registry also names every
 * hash/signature pair. SSL 3.0 (RFC 6101 section 5.4) and TLS 1.0/1.1 (RFC 2246 and 4346 section
 * 4.7) have no algorithm field, only the opaque signature: the version decides, so
 * {@link #algorithm} is present exactly when the codec of {@link #withAlgorithm} wants it.
 */
public record DigitallySigned(Option<SignatureScheme> algorithm, Bytes signature) {

    /** TLS 1.2 and later: the algorithm, then the signature. */
    public static final Codec<DigitallySigned> TLS12 = codec(true);

    /** SSL 3.0, TLS 1.0 and 1.1, DTLS 1.0: the signature alone. */
    public static final Codec<DigitallySigned> LEGACY = codec(false);

    private static Codec<DigitallySigned> codec(boolean withAlgorithm) {
        return struct(
                field("algorithm", conditional(withAlgorithm, SignatureScheme.CODEC), DigitallySigned::algorithm),
                field("signature", opaque(2, 0, 0xffff), DigitallySigned::signature),
                DigitallySigned::new);
    }

    /** The codec for the negotiated version. */
    public static Codec<DigitallySigned> codec(WireContext ctx) {
        return withAlgorithm(ctx) ? TLS12 : LEGACY;
    }

    /**
     * True unless the version is known to be older than TLS 1.2 (SSL 2.0/3.0, TLS 1.0/1.1, DTLS
     * 1.0, OpenSSL's pre-standard DTLS 0x0100): a version from the future, or none yet, is read the
     * TLS 1.2 way, which is the only form still deployed.
     */
    public static boolean withAlgorithm(WireContext ctx) {
        return ctx.version().map(DigitallySigned::withAlgorithm).getOrElse(true);
    }

    /** See {@link #withAlgorithm(WireContext)}. */
    public static boolean withAlgorithm(ProtocolVersion version) {
        int v = version.code();
        boolean olderTls = v < ProtocolVersion.TLS_1_2.code();
        boolean olderDtls = (v >>> 8) == 0xfe && v > ProtocolVersion.DTLS_1_2.code();
        return !(olderTls || olderDtls);
    }

    /** A TLS 1.2 signature. */
    public static DigitallySigned of(SignatureScheme algorithm, Bytes signature) {
        return new DigitallySigned(Option.some(algorithm), signature);
    }

    /** An SSL 3.0 / TLS 1.0 / TLS 1.1 signature. */
    public static DigitallySigned legacy(Bytes signature) {
        return new DigitallySigned(Option.none(), signature);
    }
}
