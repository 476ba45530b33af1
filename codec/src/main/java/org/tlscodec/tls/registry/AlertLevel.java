package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * AlertLevel of RFC 5246 section 7.2 (RFC 8446 section 6: ignored in TLS 1.3, yet still on the wire).
 */
public record AlertLevel(int code) implements RegistryValue {
    private static final Registry.Builder<AlertLevel> B = Registry.builder("AlertLevel", 1, AlertLevel::new, AlertLevel::code);

    public static final AlertLevel WARNING = B.add(0x01, "warning");
    public static final AlertLevel FATAL = B.add(0x02, "fatal");

    public static final Registry<AlertLevel> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<AlertLevel> CODEC = REGISTRY.codec();

    public AlertLevel {
        Registry.checkCode("AlertLevel", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static AlertLevel of(int code) {
        return REGISTRY.of(code);
    }

    @Override
    public Registry<?> registry() {
        return REGISTRY;
    }

    @Override
    public String toString() {
        return display();
    }
}
