package org.tlscodec.tls.extension;

import org.tlscodec.codec.Codec;
import org.tlscodec.codec.Codecs;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * An extension whose extension_data is empty by definition in this message: server_name in
 * ServerHello (RFC 6066 section 3), early_data in ClientHello and EncryptedExtensions (RFC 8446
 * section 4.2.10), encrypt_then_mac, extended_master_secret, post_handshake_auth, ... Any byte in
 * it is an error (TrailingBytes) in strict mode.
 */
public record EmptyExtension(ExtensionType type) implements Extension {

    /** The codec of an empty extension_data of this type: no bytes either way. */
    public static Codec<EmptyExtension> codecFor(ExtensionType type) {
        return Codecs.provide(new EmptyExtension(type)).named("empty");
    }
}
