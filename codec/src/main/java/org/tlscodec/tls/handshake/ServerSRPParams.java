package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * {@code struct { opaque srp_N<1..2^16-1>; opaque srp_g<1..2^16-1>; opaque srp_s<1..2^8-1>; opaque srp_B<1..2^16-1>; } ServerSRPParams;}
 * (RFC 5054 section 2.6): the SRP group, the user's salt (one-byte length: salts are short) and
 * the server's public value B.
 */
public record ServerSRPParams(Bytes srpN, Bytes srpG, Bytes srpS, Bytes srpB) {
    public static final Codec<ServerSRPParams> CODEC = struct(
            field("srp_N", opaque(2, 1, 0xffff), ServerSRPParams::srpN),
            field("srp_g", opaque(2, 1, 0xffff), ServerSRPParams::srpG),
            field("srp_s", opaque(1, 1, 0xff), ServerSRPParams::srpS),
            field("srp_B", opaque(2, 1, 0xffff), ServerSRPParams::srpB),
            ServerSRPParams::new);
}
