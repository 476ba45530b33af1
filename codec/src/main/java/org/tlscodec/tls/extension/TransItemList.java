package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * transparency_info in ServerHello (TLS 1.2) and in the end-entity Certificate entry (TLS 1.3):
 * {@code struct { SerializedTransItem trans_item_list<1..2^16-1>; } TransItemList;} (RFC 9162
 * section 6.5), the SCTs and proofs for the server's certificate. The client's is empty.
 */
public record TransItemList(Vector<TransItem> transItemList) implements Extension {
    public static final Codec<TransItemList> CODEC = struct(
            field("trans_item_list", vector(2, TransItem.CODEC, 1, 0xffff), TransItemList::transItemList),
            TransItemList::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.TRANSPARENCY_INFO;
    }
}
