package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * encrypted_client_hello in HelloRetryRequest: {@code struct { opaque confirmation[8]; }
 * ECHHelloRetryRequest;} (draft-ietf-tls-esni-22 section 7.2.1): the signal that the server
 * accepted ECH, derived from the inner transcript so only a server holding the ECH key can send it.
 */
public record EchHelloRetryRequest(Bytes confirmation) implements Extension {
    public static final Codec<EchHelloRetryRequest> CODEC = struct(
            field("confirmation", fixed(8), EchHelloRetryRequest::confirmation),
            EchHelloRetryRequest::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.ENCRYPTED_CLIENT_HELLO;
    }
}
