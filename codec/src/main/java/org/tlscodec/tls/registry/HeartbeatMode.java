package org.tlscodec.tls.registry;

import org.tlscodec.codec.Codec;

/**
 * HeartbeatMode (RFC 6520 section 2; IANA "Heartbeat Modes"): the one byte of the heartbeat extension.
 * Open: any byte is kept.
 */
public record HeartbeatMode(int code) implements RegistryValue {
    private static final Registry.Builder<HeartbeatMode> B = Registry.builder("HeartbeatMode", 1, HeartbeatMode::new, HeartbeatMode::code);

    public static final HeartbeatMode PEER_ALLOWED_TO_SEND = B.add(1, "peer_allowed_to_send");
    public static final HeartbeatMode PEER_NOT_ALLOWED_TO_SEND = B.add(2, "peer_not_allowed_to_send");

    public static final Registry<HeartbeatMode> REGISTRY = B.build();

    /** The wire form: one byte. */
    public static final Codec<HeartbeatMode> CODEC = REGISTRY.codec();

    public HeartbeatMode {
        Registry.checkCode("HeartbeatMode", 1, code);
    }

    /** The value for a code: the interned constant when registered. */
    public static HeartbeatMode of(int code) {
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
