package org.tlscodec.tls.extension;

import org.tlscodec.tls.registry.EchClientHelloType;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * The inner ECHClientHello (draft-ietf-tls-esni-22 section 5): the type byte alone, which marks the
 * encrypted hello as the inner one.
 */
public record EchClientHelloInner() implements EchClientHello {

    @Override
    public EchClientHelloType helloType() {
        return EchClientHelloType.INNER;
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.ENCRYPTED_CLIENT_HELLO;
    }
}
