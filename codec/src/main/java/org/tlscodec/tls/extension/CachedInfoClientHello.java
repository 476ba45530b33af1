package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * cached_info in ClientHello: {@code CachedObject cached_info<1..2^16-1>;} (RFC 7924 section 3),
 * each object with the hash of what the client already holds.
 */
public record CachedInfoClientHello(Vector<CachedObject> cachedInfo) implements Extension {
    public static final Codec<CachedInfoClientHello> CODEC = struct(
            field("cached_info", vector(2, CachedObject.CODEC, 1, 0xffff), CachedInfoClientHello::cachedInfo),
            CachedInfoClientHello::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.CACHED_INFO;
    }
}
