package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * external_id_hash from the server (ServerHello in TLS 1.2, EncryptedExtensions in TLS 1.3):
 * {@code struct { opaque sha256<0..32>; } ExternalIdHash;} (RFC 8844 section 3): the SHA-256 of the
 * identity assertion the server's certificate is bound to, or empty when it has none. The client
 * sends the extension empty, as a request.
 */
public record ExternalIdHash(Bytes sha256) implements Extension {
    public static final Codec<ExternalIdHash> CODEC = struct(
            field("sha256", opaque(1, 0, 32), ExternalIdHash::sha256),
            ExternalIdHash::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.EXTERNAL_ID_HASH;
    }
}
