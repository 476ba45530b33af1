package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * {@code struct { opaque rsa_modulus<1..2^16-1>; opaque rsa_exponent<1..2^16-1>; } ServerRSAParams;}
 * (RFC 2246 and RFC 4346 section 7.4.3): the temporary RSA key of the export suites, sent because
 * the certificate's key was too long for export encryption.
 */
public record ServerRSAParams(Bytes rsaModulus, Bytes rsaExponent) {
    public static final Codec<ServerRSAParams> CODEC = struct(
            field("rsa_modulus", opaque(2, 1, 0xffff), ServerRSAParams::rsaModulus),
            field("rsa_exponent", opaque(2, 1, 0xffff), ServerRSAParams::rsaExponent),
            ServerRSAParams::new);
}
