package org.tlscodec.tls.extension;

import org.tlscodec.tls.registry.VersionedTransType;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.framed;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * One {@code opaque SerializedTransItem<1..2^16-1>} holding a {@code struct { VersionedTransType
 * versioned_type; select (versioned_type) { ... } data; } TransItem;} (RFC 9162 sections 4.5 and
 * 6.5). The data stays bytes: its shape (an SCT, an inclusion proof, a signed tree head) is the
 * business of Certificate Transparency, not of the TLS codec, and the frame around it tells where
 * it ends.
 */
public record TransItem(VersionedTransType versionedType, Bytes data) {
    public static final Codec<TransItem> CODEC = framed(2, 1, 0xffff, struct(
            field("versioned_type", VersionedTransType.CODEC, TransItem::versionedType),
            field("data", remaining(), TransItem::data),
            TransItem::new)).named("SerializedTransItem");
}
