package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * supported_versions in ServerHello and HelloRetryRequest: {@code ProtocolVersion selected_version;}
 * (RFC 8446 section 4.2.1): the version actually negotiated.
 */
public record SupportedVersionsServerHello(ProtocolVersion selectedVersion) implements Extension {
    public static final Codec<SupportedVersionsServerHello> CODEC = struct(
            field("selected_version", ProtocolVersion.CODEC, SupportedVersionsServerHello::selectedVersion),
            SupportedVersionsServerHello::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.SUPPORTED_VERSIONS;
    }
}
