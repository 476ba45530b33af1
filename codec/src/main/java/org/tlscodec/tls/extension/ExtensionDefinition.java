package org.tlscodec.tls.extension;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * One row of the catalog: the codec of an extension_data of {@code type}, decoded to
 * {@code valueType}, in the messages listed. Where the bytes differ by message there is one row
 * per variant.
 */
public record ExtensionDefinition<E extends Extension>(
        ExtensionType type, Class<E> valueType, Codec<E> codec, Vector<ExtensionContext> contexts) {

    /** A definition for the given messages. */
    public static <E extends Extension> ExtensionDefinition<E> of(
            ExtensionType type, Class<E> valueType, Codec<E> codec, ExtensionContext... contexts) {
        return new ExtensionDefinition<>(type, valueType, codec, Vector.of(contexts));
    }

    /** An always-empty extension_data in the given messages. */
    public static ExtensionDefinition<EmptyExtension> empty(ExtensionType type, ExtensionContext... contexts) {
        return new ExtensionDefinition<>(type, EmptyExtension.class, EmptyExtension.codecFor(type), Vector.of(contexts));
    }
}
