package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * supported_versions in ClientHello: {@code ProtocolVersion versions<2..254>;} (RFC 8446 section
 * 4.2.1), in the client's order of preference. Its presence with TLS 1.3 in it is what makes the
 * hello a TLS 1.3 one, whatever legacy_version says.
 */
public record SupportedVersionsClientHello(Vector<ProtocolVersion> versions) implements Extension {
    public static final Codec<SupportedVersionsClientHello> CODEC = struct(
            field("versions", vector(1, ProtocolVersion.CODEC, 2, 254), SupportedVersionsClientHello::versions),
            SupportedVersionsClientHello::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.SUPPORTED_VERSIONS;
    }
}
