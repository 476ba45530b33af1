package org.tlscodec.tls.extension;

import static org.tlscodec.tls.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlscodec.tls.extension.ExtensionContext.HELLO_RETRY_REQUEST;
import static org.tlscodec.tls.extension.ExtensionContext.SERVER_HELLO;

import io.vavr.collection.Vector;
import org.tlscodec.tls.registry.ExtensionType;

/** The catalog rows of the extensions RFC 8446 defines (section 4.2). */
final class Tls13Extensions {
    private Tls13Extensions() {
    }

    static final Vector<ExtensionDefinition<?>> DEFINITIONS = Vector.of(
            ExtensionDefinition.of(ExtensionType.SUPPORTED_VERSIONS, SupportedVersionsClientHello.class,
                    SupportedVersionsClientHello.CODEC, CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.SUPPORTED_VERSIONS, SupportedVersionsServerHello.class,
                    SupportedVersionsServerHello.CODEC, SERVER_HELLO, HELLO_RETRY_REQUEST),
            ExtensionDefinition.of(ExtensionType.KEY_SHARE, KeyShareClientHello.class, KeyShareClientHello.CODEC, CLIENT_HELLO),
            ExtensionDefinition.of(ExtensionType.KEY_SHARE, KeyShareServerHello.class, KeyShareServerHello.CODEC, SERVER_HELLO),
            ExtensionDefinition.of(ExtensionType.KEY_SHARE, KeyShareHelloRetryRequest.class, KeyShareHelloRetryRequest.CODEC,
                    HELLO_RETRY_REQUEST));
}
