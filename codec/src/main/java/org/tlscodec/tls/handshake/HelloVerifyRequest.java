package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque8;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * HelloVerifyRequest of DTLS (RFC 6347 section 4.2.1): {@code ProtocolVersion server_version;
 * opaque cookie<0..2^8-1>;}. The stateless cookie exchange that keeps a DTLS server from being
 * an amplifier; the client repeats its hello with the cookie.
 */
public record HelloVerifyRequest(ProtocolVersion serverVersion, Bytes cookie) implements HandshakeMessage {
    public static final Codec<HelloVerifyRequest> CODEC = struct(
            field("server_version", ProtocolVersion.CODEC, HelloVerifyRequest::serverVersion),
            field("cookie", opaque8(), HelloVerifyRequest::cookie),
            HelloVerifyRequest::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.HELLO_VERIFY_REQUEST;
    }
}
