package org.tlscodec.tls.registry;

import io.vavr.control.Option;
import org.tlscodec.codec.Coded;

/**
 * What every registry value type has: its code, its registry, and from them its name. The value
 * types are records of one {@code int}, so equality is by code and unknown codes are kept.
 */
public interface RegistryValue extends Coded {

    /** The registry this value belongs to. */
    Registry<?> registry();

    @Override
    default int codeWidth() {
        return registry().width();
    }

    @Override
    default Option<String> name() {
        return registry().nameOf(code());
    }

    /**
     * True for a GREASE code (RFC 8701): the registries that have them (cipher suites, extension
     * types, groups, signature schemes, versions, PSK modes) register them under that name.
     */
    default boolean isGrease() {
        return name().contains("GREASE");
    }

    /** True when the code is registered. */
    default boolean isKnown() {
        return registry().isKnown(code());
    }

    /** The name, or the hex code for an unregistered one: what {@code toString} answers. */
    default String display() {
        return name().getOrElse(this::hexCode);
    }
}
