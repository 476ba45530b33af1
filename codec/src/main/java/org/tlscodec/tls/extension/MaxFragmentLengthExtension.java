package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.MaxFragmentLength;

/**
 * max_fragment_length: the extension_data is one {@code MaxFragmentLength} (RFC 6066 section 4),
 * the same in ClientHello, ServerHello and EncryptedExtensions: the server echoes the client's
 * value. The byte is kept open, so an unregistered value round-trips.
 */
public record MaxFragmentLengthExtension(MaxFragmentLength maxFragmentLength) implements Extension {
    public static final Codec<MaxFragmentLengthExtension> CODEC = struct(
            field("max_fragment_length", MaxFragmentLength.CODEC, MaxFragmentLengthExtension::maxFragmentLength),
            MaxFragmentLengthExtension::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.MAX_FRAGMENT_LENGTH;
    }
}
