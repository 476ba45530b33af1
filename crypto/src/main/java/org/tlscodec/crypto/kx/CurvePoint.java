package org.tlscodec.crypto.kx;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.ECPointFormat;

/**
 * A validated point on a prime curve, by its affine coordinates (each in the field's length), and
 * its two X9.62 encodings (ANSI X9.62 section 4.3.6, SEC 1 section 2.3.3), the only ones TLS uses
 * (RFC 8422 section 5.1.2).
 */
public record CurvePoint(EcCurve curve, Bytes x, Bytes y) {

    /** {@code 04 || x || y}: the only form TLS 1.3 allows (RFC 8446 section 4.2.8.2). */
    public Bytes uncompressed() {
        return Bytes.ofUnsigned(4).concat(x).concat(y);
    }

    /** {@code 02 || x} when y is even, {@code 03 || x} when odd: TLS 1.2's ansiX962_compressed_prime. */
    public Bytes compressed() {
        return Bytes.ofUnsigned(2 + (y.get(y.size() - 1) & 1)).concat(x);
    }

    /** The encoding an ec_point_formats value names; ansiX962_compressed_char2 and unassigned formats have none here. */
    public Either<KxError, Bytes> encode(ECPointFormat format) {
        if (format.equals(ECPointFormat.UNCOMPRESSED)) {
            return Either.right(uncompressed());
        }
        if (format.equals(ECPointFormat.ANSIX962_COMPRESSED_PRIME)) {
            return Either.right(compressed());
        }
        return Either.left(new KxError.InvalidParameters(curve.curveName() + " point format",
                "a prime curve's point is uncompressed or ansiX962_compressed_prime, not " + format));
    }
}
