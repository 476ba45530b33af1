package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * padding in ClientHello (RFC 7685 section 3): extension_data of any length, there only to make
 * the ClientHello longer. The RFC says the bytes are zeros and a server must not rely on that; a
 * dissector must not either, so whatever came is kept, and the record's length is its size.
 */
public record Padding(Bytes padding) implements Extension {
    public static final Codec<Padding> CODEC = struct(
            field("padding", remaining(), Padding::padding),
            Padding::new);

    /** {@code n} zero bytes, as a sender makes it. */
    public static Padding zeros(int n) {
        return new Padding(Bytes.zeros(n));
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.PADDING;
    }
}
