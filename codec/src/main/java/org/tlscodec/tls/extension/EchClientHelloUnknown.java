package org.tlscodec.tls.extension;

import org.tlscodec.tls.registry.EchClientHelloType;
import org.tlscodec.codec.Bytes;
import org.tlscodec.tls.registry.ExtensionType;

/** An ECHClientHello of a type this library does not know: the type and the rest of the extension, kept byte for byte. */
public record EchClientHelloUnknown(EchClientHelloType helloType, Bytes body) implements EchClientHello {

    @Override
    public ExtensionType type() {
        return ExtensionType.ENCRYPTED_CLIENT_HELLO;
    }
}
