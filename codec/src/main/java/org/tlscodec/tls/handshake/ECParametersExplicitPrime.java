package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ECCurveType;

/**
 * {@code case explicit_prime: opaque prime_p<1..2^8-1>; ECCurve curve; ECPoint base; opaque order<1..2^8-1>; opaque cofactor<1..2^8-1>;}
 * (RFC 4492 section 5.4, deprecated by RFC 8422): a curve over the prime field of {@code prime_p},
 * spelled out. Kept for dissecting old servers.
 */
public record ECParametersExplicitPrime(Bytes primeP, ECParametersCurve curve, ECPoint base, Bytes order, Bytes cofactor)
        implements ECParameters {
    public static final Codec<ECParametersExplicitPrime> CODEC = struct(
            field("prime_p", opaque(1, 1, 0xff), ECParametersExplicitPrime::primeP),
            field("curve", ECParametersCurve.CODEC, ECParametersExplicitPrime::curve),
            field("base", ECPoint.CODEC, ECParametersExplicitPrime::base),
            field("order", opaque(1, 1, 0xff), ECParametersExplicitPrime::order),
            field("cofactor", opaque(1, 1, 0xff), ECParametersExplicitPrime::cofactor),
            ECParametersExplicitPrime::new);

    @Override
    public ECCurveType curveType() {
        return ECCurveType.EXPLICIT_PRIME;
    }
}
