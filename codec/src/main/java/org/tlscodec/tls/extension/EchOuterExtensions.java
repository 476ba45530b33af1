package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * ech_outer_extensions in the (encoded) inner ClientHello: {@code ExtensionType
 * OuterExtensions<2..254>;} (draft-ietf-tls-esni-22 section 5.1): the extensions to copy from the
 * outer hello in place of this one, a compression that never appears on the wire in clear.
 */
public record EchOuterExtensions(Vector<ExtensionType> outerExtensions) implements Extension {
    public static final Codec<EchOuterExtensions> CODEC = struct(
            field("outer_extensions", vector(1, ExtensionType.CODEC, 2, 254), EchOuterExtensions::outerExtensions),
            EchOuterExtensions::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.ECH_OUTER_EXTENSIONS;
    }
}
