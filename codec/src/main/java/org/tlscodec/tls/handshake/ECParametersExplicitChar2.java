package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ECCurveType;

/**
 * {@code case explicit_char2: uint16 m; ECBasisType basis; select (basis) {...}; ECCurve curve; ECPoint base; opaque order<1..2^8-1>; opaque cofactor<1..2^8-1>;}
 * (RFC 4492 section 5.4, deprecated by RFC 8422): a curve over GF(2^m), with the reduction
 * polynomial's basis ({@link ECParametersBasis}) spelled out.
 */
public record ECParametersExplicitChar2(int m, ECParametersBasis basis, ECParametersCurve curve, ECPoint base, Bytes order,
                                        Bytes cofactor) implements ECParameters {
    public static final Codec<ECParametersExplicitChar2> CODEC = struct(
            field("m", uint16(), ECParametersExplicitChar2::m),
            field("basis", ECParametersBasis.CODEC, ECParametersExplicitChar2::basis),
            field("curve", ECParametersCurve.CODEC, ECParametersExplicitChar2::curve),
            field("base", ECPoint.CODEC, ECParametersExplicitChar2::base),
            field("order", opaque(1, 1, 0xff), ECParametersExplicitChar2::order),
            field("cofactor", opaque(1, 1, 0xff), ECParametersExplicitChar2::cofactor),
            ECParametersExplicitChar2::new);

    @Override
    public ECCurveType curveType() {
        return ECCurveType.EXPLICIT_CHAR2;
    }
}
