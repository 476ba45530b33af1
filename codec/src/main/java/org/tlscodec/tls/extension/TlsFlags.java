package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * tls_flags (draft-ietf-tls-tlsflags section 2) in every TLS 1.3 message that carries extensions:
 * {@code struct { opaque flags<0..255>; } FlagExtensions;}, a bit string with one bit for each
 * "flag extension" (a feature whose extension would carry nothing but its presence). The bytes are
 * kept as sent: which bit is which, and the draft's "no trailing zero byte", are for the layers
 * above and the validation pass, so the codec stays byte-exact on whatever a peer sends.
 */
public record TlsFlags(Bytes flags) implements Extension {
    public static final Codec<TlsFlags> CODEC = struct(
            field("flags", opaque(1, 0, 0xff), TlsFlags::flags),
            TlsFlags::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.TLS_FLAGS;
    }
}
