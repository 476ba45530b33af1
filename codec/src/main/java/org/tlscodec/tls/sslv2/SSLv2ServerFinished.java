package org.tlscodec.tls.sslv2;

import org.tlscodec.tls.registry.SSLv2MessageType;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * SERVER-FINISHED (draft-hickman-netscape-ssl-00), after its type byte: {@code SESSION-ID-DATA[N-1]},
 * the session id the client may resume with; its length is what the record leaves.
 */
public record SSLv2ServerFinished(Bytes sessionId) implements SSLv2Message {
    public static final Codec<SSLv2ServerFinished> CODEC = struct(
            field("session_id", remaining(), SSLv2ServerFinished::sessionId),
            SSLv2ServerFinished::new);

    @Override
    public SSLv2MessageType msgType() {
        return SSLv2MessageType.SERVER_FINISHED;
    }
}
