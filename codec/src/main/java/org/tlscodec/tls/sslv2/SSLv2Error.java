package org.tlscodec.tls.sslv2;

import org.tlscodec.tls.registry.SSLv2ErrorCode;
import org.tlscodec.tls.registry.SSLv2MessageType;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Codec;

/**
 * ERROR (draft-hickman-netscape-ssl-00, "Error Message"), after its type byte:
 * {@code ERROR-CODE-MSB ERROR-CODE-LSB}. Sent in the clear or encrypted, at any time.
 */
public record SSLv2Error(SSLv2ErrorCode errorCode) implements SSLv2Message {
    public static final Codec<SSLv2Error> CODEC = struct(
            field("error_code", SSLv2ErrorCode.CODEC, SSLv2Error::errorCode),
            SSLv2Error::new);

    @Override
    public SSLv2MessageType msgType() {
        return SSLv2MessageType.ERROR;
    }
}
