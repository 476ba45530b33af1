package org.tlscodec.tls.sslv2;

import org.tlscodec.tls.registry.SSLv2MessageType;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * CLIENT-FINISHED (draft-hickman-netscape-ssl-00), after its type byte: {@code CONNECTION-ID[N-1]},
 * the server's connection id echoed back; its length is what the record leaves.
 */
public record SSLv2ClientFinished(Bytes connectionId) implements SSLv2Message {
    public static final Codec<SSLv2ClientFinished> CODEC = struct(
            field("connection_id", remaining(), SSLv2ClientFinished::connectionId),
            SSLv2ClientFinished::new);

    @Override
    public SSLv2MessageType msgType() {
        return SSLv2MessageType.CLIENT_FINISHED;
    }
}
