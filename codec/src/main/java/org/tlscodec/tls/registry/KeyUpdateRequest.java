package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * KeyUpdateRequest (RFC 8446 section 4.6.3): whether the receiver of a KeyUpdate must send one back.
 * Open: any byte is kept, though RFC 8446 makes other values an illegal_parameter.
 */
public record KeyUpdateRequest(int code) implements RegistryValue {
    private static final Registry.Builder<KeyUpdateRequest> B = Registry.builder("KeyUpdateRequest", 1, KeyUpdateRequest::new, KeyUpdateRequest::code);

    public static final KeyUpdateRequest UPDATE_NOT_REQUESTED = B.add(0, "update_not_requested");
    public static final KeyUpdateRequest UPDATE_REQUESTED = B.add(1, "update_requested");

    public static final Registry<KeyUpdateRequest> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<KeyUpdateRequest> CODEC = REGISTRY.codec();

    public KeyUpdateRequest {
        Registry.checkCode("KeyUpdateRequest", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static KeyUpdateRequest of(int code) {
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
