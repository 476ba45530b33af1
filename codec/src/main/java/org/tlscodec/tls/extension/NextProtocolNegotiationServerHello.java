package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.Codecs;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * next_protocol_negotiation in ServerHello (draft-agl-tls-nextprotoneg-04 section 3): the
 * protocols the server offers, each an {@code opaque ProtocolName<1..2^8-1>}, one after another to
 * the end of extension_data with no list length (unlike ALPN, which has one). The client's
 * extension is empty; its choice travels in the encrypted NextProtocol message.
 */
public record NextProtocolNegotiationServerHello(Vector<Bytes> protocols) implements Extension {
    public static final Codec<NextProtocolNegotiationServerHello> CODEC = struct(
            field("protocols", Codecs.itemsToEnd(opaque(1, 1, 0xff)), NextProtocolNegotiationServerHello::protocols),
            NextProtocolNegotiationServerHello::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.NEXT_PROTOCOL_NEGOTIATION;
    }
}
