package org.tlscodec.tls.handshake;

import org.tlscodec.tls.registry.ECParametersBasisType;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/** {@code case ec_pentanomial: opaque k1<1..2^8-1>; opaque k2<1..2^8-1>; opaque k3<1..2^8-1>;} (RFC 4492 section 5.4): x^m + x^k3 + x^k2 + x^k1 + 1. */
public record ECParametersPentanomial(Bytes k1, Bytes k2, Bytes k3) implements ECParametersBasis {
    public static final Codec<ECParametersPentanomial> CODEC = struct(
            field("k1", opaque(1, 1, 0xff), ECParametersPentanomial::k1),
            field("k2", opaque(1, 1, 0xff), ECParametersPentanomial::k2),
            field("k3", opaque(1, 1, 0xff), ECParametersPentanomial::k3),
            ECParametersPentanomial::new);

    @Override
    public ECParametersBasisType basisType() {
        return ECParametersBasisType.EC_BASIS_PENTANOMIAL;
    }
}
