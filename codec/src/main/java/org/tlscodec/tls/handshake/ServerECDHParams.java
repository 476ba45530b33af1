package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Codec;

/**
 * {@code struct { ECParameters curve_params; ECPoint public; } ServerECDHParams;} (RFC 8422
 * section 5.4): the server's ephemeral curve and public point.
 */
public record ServerECDHParams(ECParameters curveParams, ECPoint publicKey) {
    public static final Codec<ServerECDHParams> CODEC = struct(
            field("curve_params", ECParameters.CODEC, ServerECDHParams::curveParams),
            field("public", ECPoint.CODEC, ServerECDHParams::publicKey),
            ServerECDHParams::new);
}
