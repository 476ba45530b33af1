package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.WireContext;
import org.tlscodec.tls.extension.Extension;
import org.tlscodec.tls.extension.ExtensionContext;
import org.tlscodec.tls.extension.Extensions;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * EncryptedExtensions (RFC 8446 section 4.3.1): {@code Extension extensions<0..2^16-1>;}, the
 * server's answers that need no cryptographic context of their own, read in the EE column.
 */
public record EncryptedExtensions(Vector<Extension> extensions) implements HandshakeMessage {
    private static final Codec<EncryptedExtensions> STRICT = build(false);
    private static final Codec<EncryptedExtensions> LENIENT = build(true);

    public static final Codec<EncryptedExtensions> CODEC = STRICT;

    public static Codec<EncryptedExtensions> codec(WireContext ctx) {
        return ctx.lenient() ? LENIENT : STRICT;
    }

    private static Codec<EncryptedExtensions> build(boolean lenient) {
        return struct(
                field("extensions", Extensions.list(ExtensionContext.ENCRYPTED_EXTENSIONS, lenient), EncryptedExtensions::extensions),
                EncryptedExtensions::new);
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.ENCRYPTED_EXTENSIONS;
    }
}
