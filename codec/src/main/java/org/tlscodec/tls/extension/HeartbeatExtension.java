package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.HeartbeatMode;

/**
 * heartbeat: {@code struct { HeartbeatMode mode; } HeartbeatExtension;} (RFC 6520 section 2):
 * whether the sender accepts HeartbeatRequests. The same in ClientHello, ServerHello and
 * EncryptedExtensions.
 */
public record HeartbeatExtension(HeartbeatMode mode) implements Extension {
    public static final Codec<HeartbeatExtension> CODEC = struct(
            field("mode", HeartbeatMode.CODEC, HeartbeatExtension::mode),
            HeartbeatExtension::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.HEARTBEAT;
    }
}
