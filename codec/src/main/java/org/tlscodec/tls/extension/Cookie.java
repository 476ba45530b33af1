package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * cookie: {@code struct { opaque cookie<1..2^16-1>; } Cookie;} (RFC 8446 section 4.2.2), sent by
 * the server in a HelloRetryRequest and echoed unchanged in the second ClientHello. Opaque to
 * everyone but the server that made it.
 */
public record Cookie(Bytes cookie) implements Extension {
    public static final Codec<Cookie> CODEC = struct(
            field("cookie", opaque(2, 1, 0xffff), Cookie::cookie),
            Cookie::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.COOKIE;
    }
}
