package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * encrypted_client_hello in EncryptedExtensions: {@code struct { ECHConfigList retry_configs; }
 * ECHEncryptedExtensions;} with {@code ECHConfig ECHConfigList<4..2^16-1>} (draft-ietf-tls-esni-22
 * sections 4 and 7.1): the configurations a client should retry with after the server rejected ECH.
 */
public record EchEncryptedExtensions(Vector<EchConfig> retryConfigs) implements Extension {
    public static final Codec<EchEncryptedExtensions> CODEC = struct(
            field("retry_configs", vector(2, EchConfig.CODEC, 4, 0xffff), EchEncryptedExtensions::retryConfigs),
            EchEncryptedExtensions::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.ENCRYPTED_CLIENT_HELLO;
    }
}
