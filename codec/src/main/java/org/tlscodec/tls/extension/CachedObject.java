package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.CachedInformationType;

/**
 * A client's CachedObject: {@code CachedInformationType type; opaque hash_value<1..255>;} (RFC 7924
 * section 3, the {@code case client} arm): what the client has cached and the hash that names it.
 * The server's CachedObject is the type alone ({@link CachedInfoServerHello}).
 */
public record CachedObject(CachedInformationType type, Bytes hashValue) {
    public static final Codec<CachedObject> CODEC = struct(
            field("type", CachedInformationType.CODEC, CachedObject::type),
            field("hash_value", opaque(1, 1, 0xff), CachedObject::hashValue),
            CachedObject::new);
}
