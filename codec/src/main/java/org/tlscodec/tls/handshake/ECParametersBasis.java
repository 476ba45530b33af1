package org.tlscodec.tls.handshake;

import org.tlscodec.tls.registry.ECParametersBasisType;
import static org.tlscodec.codec.Codecs.select;

import org.tlscodec.codec.Codec;

/**
 * {@code ECBasisType basis; select (basis) { case ec_trinomial: opaque k<1..2^8-1>; case ec_pentanomial: opaque k1<1..2^8-1>; opaque k2<1..2^8-1>; opaque k3<1..2^8-1>; };}
 * (RFC 4492 section 5.4): the exponents of the reduction polynomial of an explicit char2 curve.
 * An unknown basis is an error: its length is unknown and the curve follows it.
 */
public sealed interface ECParametersBasis permits ECParametersTrinomial, ECParametersPentanomial {

    /** The ECBasisType byte. */
    ECParametersBasisType basisType();

    Codec<ECParametersBasis> CODEC = select(ECParametersBasisType.CODEC, ECParametersBasis::basisType)
            .caseOf(ECParametersBasisType.EC_BASIS_TRINOMIAL, "ec_trinomial", ECParametersTrinomial.class, ECParametersTrinomial.CODEC)
            .caseOf(ECParametersBasisType.EC_BASIS_PENTANOMIAL, "ec_pentanomial", ECParametersPentanomial.class, ECParametersPentanomial.CODEC)
            .strict();
}
