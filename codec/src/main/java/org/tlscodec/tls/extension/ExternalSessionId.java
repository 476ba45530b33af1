package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * external_session_id in ClientHello and the server's answer (ServerHello in TLS 1.2,
 * EncryptedExtensions in TLS 1.3): {@code struct { opaque session_id<20..255>; }
 * ExternalSessionId;} (RFC 8844 section 4): the signalling session's identifier, so a
 * man-in-the-middle cannot splice media onto another session.
 */
public record ExternalSessionId(Bytes sessionId) implements Extension {
    public static final Codec<ExternalSessionId> CODEC = struct(
            field("session_id", opaque(1, 20, 0xff), ExternalSessionId::sessionId),
            ExternalSessionId::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.EXTERNAL_SESSION_ID;
    }
}
