package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * {@code struct { opaque dh_p<1..2^16-1>; opaque dh_g<1..2^16-1>; opaque dh_Ys<1..2^16-1>; } ServerDHParams;}
 * (RFC 5246 section 7.4.3): the server's ephemeral finite-field Diffie-Hellman group and public
 * value, as big-endian integers whose leading zeros a peer may or may not strip (so kept as bytes).
 */
public record ServerDHParams(Bytes dhP, Bytes dhG, Bytes dhYs) {
    public static final Codec<ServerDHParams> CODEC = struct(
            field("dh_p", opaque(2, 1, 0xffff), ServerDHParams::dhP),
            field("dh_g", opaque(2, 1, 0xffff), ServerDHParams::dhG),
            field("dh_Ys", opaque(2, 1, 0xffff), ServerDHParams::dhYs),
            ServerDHParams::new);
}
