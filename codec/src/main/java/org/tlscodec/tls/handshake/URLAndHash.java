package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.constant;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * One certificate location of a CertificateURL (RFC 6066 section 5): {@code opaque
 * url<1..2^16-1>; uint8 padding; opaque SHA1Hash[20];}. The padding byte MUST be 0x01: it is what
 * is left of RFC 4366's optional hash (present flag), which RFC 6066 made mandatory. Any other
 * value is an error, so the record need not carry it.
 */
public record URLAndHash(Bytes url, Bytes sha1Hash) {
    private static final Bytes PADDING = Bytes.ofUnsigned(0x01);

    public static final Codec<URLAndHash> CODEC = struct(
            field("url", opaque(2, 1, 0xffff), URLAndHash::url),
            field("padding", constant(PADDING), (URLAndHash u) -> PADDING),
            field("SHA1Hash", fixed(20), URLAndHash::sha1Hash),
            (url, padding, hash) -> new URLAndHash(url, hash));
}
