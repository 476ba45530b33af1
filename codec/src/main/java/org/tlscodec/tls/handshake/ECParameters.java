package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.select;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ECCurveType;

/**
 * {@code struct { ECCurveType curve_type; select (curve_type) { ... }; } ECParameters;} (RFC 4492
 * section 5.4; RFC 8422 keeps only named_curve): the curve of an ECDHE ServerKeyExchange, named
 * ({@link ECParametersNamedCurve}) or spelled out over a prime field ({@link ECParametersExplicitPrime})
 * or a binary field ({@link ECParametersExplicitChar2}).
 *
 * <p>An unknown curve type is an error, not an unknown case: nothing says where its parameters end,
 * and the point and signature follow them. (No default methods here: the variants' codecs must
 * not initialise this interface while it builds {@link #CODEC} from them.)
 */
public sealed interface ECParameters permits ECParametersNamedCurve, ECParametersExplicitPrime, ECParametersExplicitChar2 {

    /** The curve_type byte. */
    ECCurveType curveType();

    Codec<ECParameters> CODEC = select(ECCurveType.CODEC, ECParameters::curveType)
            .caseOf(ECCurveType.EXPLICIT_PRIME, "explicit_prime", ECParametersExplicitPrime.class, ECParametersExplicitPrime.CODEC)
            .caseOf(ECCurveType.EXPLICIT_CHAR2, "explicit_char2", ECParametersExplicitChar2.class, ECParametersExplicitChar2.CODEC)
            .caseOf(ECCurveType.NAMED_CURVE, "named_curve", ECParametersNamedCurve.class, ECParametersNamedCurve.CODEC)
            .strict();
}
