package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.optional;
import static org.tlscodec.codec.Codecs.struct;

import io.vavr.control.Option;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * {@code ClientDiffieHellmanPublic} (RFC 5246 section 7.4.7.2):
 * {@code select (PublicValueEncoding) { case implicit: struct { }; case explicit: opaque dh_Yc<1..2^16-1>; } dh_public;}.
 * Implicit (the client's DH key was in its certificate, fixed_dh client authentication) leaves the
 * body empty; whether it is implicit is not known to the codec, so an empty body reads as implicit
 * and a non-empty one as explicit.
 */
public record ClientKeyExchangeDh(Option<Bytes> dhYc) implements ClientKeyExchange {
    public static final Codec<ClientKeyExchangeDh> CODEC = struct(
            field("dh_Yc", optional(opaque(2, 1, 0xffff)), ClientKeyExchangeDh::dhYc),
            ClientKeyExchangeDh::new);

    /** An explicit public value. */
    public static ClientKeyExchangeDh explicit(Bytes dhYc) {
        return new ClientKeyExchangeDh(Option.some(dhYc));
    }

    /** The implicit form: the key is in the client certificate. */
    public static ClientKeyExchangeDh implicit() {
        return new ClientKeyExchangeDh(Option.none());
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CLIENT_KEY_EXCHANGE;
    }
}
