package org.tlscodec.tls.sslv2;

import org.tlscodec.tls.registry.SSLv2MessageType;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * SERVER-VERIFY (draft-hickman-netscape-ssl-00), after its type byte: {@code CHALLENGE-DATA[N-1]},
 * the client's challenge echoed back; its length is what the record leaves.
 */
public record SSLv2ServerVerify(Bytes challenge) implements SSLv2Message {
    public static final Codec<SSLv2ServerVerify> CODEC = struct(
            field("challenge", remaining(), SSLv2ServerVerify::challenge),
            SSLv2ServerVerify::new);

    @Override
    public SSLv2MessageType msgType() {
        return SSLv2MessageType.SERVER_VERIFY;
    }
}
