package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * renegotiation_info in ClientHello and ServerHello: {@code struct { opaque
 * renegotiated_connection<0..255>; } RenegotiationInfo;} (RFC 5746 section 3.2): empty on a first
 * handshake, then the previous Finished verify_data (the client's, and in ServerHello also the
 * server's), which ties a renegotiation to the connection it renegotiates.
 */
public record RenegotiationInfo(Bytes renegotiatedConnection) implements Extension {
    public static final Codec<RenegotiationInfo> CODEC = struct(
            field("renegotiated_connection", opaque(1, 0, 0xff), RenegotiationInfo::renegotiatedConnection),
            RenegotiationInfo::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.RENEGOTIATION_INFO;
    }
}
