package org.tlscodec.tls.extension;

import io.vavr.collection.Vector;
import org.tlscodec.codec.ByteReader;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecFailure;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.Path;
import org.tlscodec.codec.Rendered;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * An extension whose extension_data is empty by definition in this message: server_name in
 * ServerHello (RFC 6066 section 3), early_data in ClientHello and EncryptedExtensions (RFC 8446
 * section 4.2.10), encrypt_then_mac, extended_master_secret, post_handshake_auth, ... Any byte in
 * it is an error (TrailingBytes, from the extension's frame) in strict mode.
 */
public record EmptyExtension(ExtensionType type) implements Extension {

    /** The codec of an empty extension_data of this type: no bytes either way; renders as no fields. */
    public static Codec<EmptyExtension> codecFor(ExtensionType type) {
        EmptyExtension value = new EmptyExtension(type);
        return new Codec<>() {
            @Override
            public EmptyExtension read(ByteReader in) {
                return value;
            }

            @Override
            public void write(ByteWriter out, EmptyExtension given) {
                if (!given.equals(value)) {
                    throw new CodecFailure(new CodecError.Invalid(Path.root(), out.size(), "an empty " + type + " given " + given));
                }
            }

            @Override
            public Rendered render(EmptyExtension given) {
                return new Rendered.Fields(Vector.empty());
            }

            @Override
            public String toString() {
                return "empty";
            }
        };
    }
}
