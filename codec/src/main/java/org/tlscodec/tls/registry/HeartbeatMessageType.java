package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * HeartbeatMessageType of RFC 6520 section 3.
 */
public record HeartbeatMessageType(int code) implements RegistryValue {
    private static final Registry.Builder<HeartbeatMessageType> B = Registry.builder("HeartbeatMessageType", 1, HeartbeatMessageType::new, HeartbeatMessageType::code);

    public static final HeartbeatMessageType HEARTBEAT_REQUEST = B.add(0x01, "heartbeat_request");
    public static final HeartbeatMessageType HEARTBEAT_RESPONSE = B.add(0x02, "heartbeat_response");

    public static final Registry<HeartbeatMessageType> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<HeartbeatMessageType> CODEC = REGISTRY.codec();

    public HeartbeatMessageType {
        Registry.checkCode("HeartbeatMessageType", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static HeartbeatMessageType of(int code) {
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
