package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ECCurveType;
import org.tlscodec.tls.registry.NamedGroup;

/**
 * {@code case named_curve: NamedCurve namedcurve;} (RFC 8422 section 5.4): the curve by its code in
 * the registry RFC 7919 renamed NamedGroup. The only form RFC 8422 still allows.
 */
public record ECParametersNamedCurve(NamedGroup namedCurve) implements ECParameters {
    public static final Codec<ECParametersNamedCurve> CODEC = struct(
            field("namedcurve", NamedGroup.CODEC, ECParametersNamedCurve::namedCurve),
            ECParametersNamedCurve::new);

    @Override
    public ECCurveType curveType() {
        return ECCurveType.NAMED_CURVE;
    }
}
