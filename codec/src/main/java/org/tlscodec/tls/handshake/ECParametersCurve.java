package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * {@code struct { opaque a<1..2^8-1>; opaque b<1..2^8-1>; } ECCurve;} (RFC 4492 section 5.4): the
 * coefficients of an explicit curve's equation. Named ECParametersCurve here because it only occurs
 * inside explicit {@link ECParameters}.
 */
public record ECParametersCurve(Bytes a, Bytes b) {
    public static final Codec<ECParametersCurve> CODEC = struct(
            field("a", opaque(1, 1, 0xff), ECParametersCurve::a),
            field("b", opaque(1, 1, 0xff), ECParametersCurve::b),
            ECParametersCurve::new);
}
