package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * {@code case srp: opaque srp_A<1..2^16-1>;} (RFC 5054 section 2.8): the client's public value A.
 */
public record ClientKeyExchangeSrp(Bytes srpA) implements ClientKeyExchange {
    public static final Codec<ClientKeyExchangeSrp> CODEC = struct(
            field("srp_A", opaque(2, 1, 0xffff), ClientKeyExchangeSrp::srpA),
            ClientKeyExchangeSrp::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CLIENT_KEY_EXCHANGE;
    }
}
