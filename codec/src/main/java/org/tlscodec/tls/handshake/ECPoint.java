package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * {@code struct { opaque point<1..2^8-1>; } ECPoint;} (RFC 8422 section 5.4): an elliptic-curve
 * point in the form its curve uses (X9.62 uncompressed for the NIST curves, the 32 or 56 raw bytes
 * of RFC 7748 for x25519 and x448); the crypto layer reads it.
 */
public record ECPoint(Bytes point) {
    public static final Codec<ECPoint> CODEC = struct(
            field("point", opaque(1, 1, 0xff), ECPoint::point),
            ECPoint::new);
}
