package org.tlscodec.tls.handshake;

import org.tlscodec.tls.registry.ECParametersBasisType;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/** {@code case ec_trinomial: opaque k<1..2^8-1>;} (RFC 4492 section 5.4): x^m + x^k + 1. */
public record ECParametersTrinomial(Bytes k) implements ECParametersBasis {
    public static final Codec<ECParametersTrinomial> CODEC = struct(
            field("k", opaque(1, 1, 0xff), ECParametersTrinomial::k),
            ECParametersTrinomial::new);

    @Override
    public ECParametersBasisType basisType() {
        return ECParametersBasisType.EC_BASIS_TRINOMIAL;
    }
}
