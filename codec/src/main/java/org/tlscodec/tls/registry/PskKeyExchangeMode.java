package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * PskKeyExchangeMode (RFC 8446 section 4.2.9; IANA "TLS PskKeyExchangeMode"): what the
 * psk_key_exchange_modes extension lists. Its GREASE values are one byte (RFC 8701 section 2), not
 * the two-byte ones of the other registries; all eight are named "GREASE". Open: any byte is kept.
 */
public record PskKeyExchangeMode(int code) implements RegistryValue {
    private static final Registry.Builder<PskKeyExchangeMode> B = Registry.builder("PskKeyExchangeMode", 1, PskKeyExchangeMode::new, PskKeyExchangeMode::code);

    public static final PskKeyExchangeMode PSK_KE = B.add(0, "psk_ke");
    public static final PskKeyExchangeMode PSK_DHE_KE = B.add(1, "psk_dhe_ke");

    static {
        // RFC 8701 section 2: the one-byte GREASE values 0x0B, 0x2A, ..., 0xE4 (0x1F * n + 0x0B).
        for (int code = 0x0b; code <= 0xfa; code += 0x1f) {
            B.add(code, "GREASE");
        }
    }

    public static final Registry<PskKeyExchangeMode> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<PskKeyExchangeMode> CODEC = REGISTRY.codec();

    public PskKeyExchangeMode {
        Registry.checkCode("PskKeyExchangeMode", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static PskKeyExchangeMode of(int code) {
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
