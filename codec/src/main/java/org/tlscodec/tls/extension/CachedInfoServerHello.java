package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.CachedInformationType;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * cached_info in ServerHello: {@code CachedObject cached_info<1..2^16-1>;} where each object is
 * the {@code case server} arm, the type alone (RFC 7924 sections 3 and 4): the server names which
 * of the client's cached objects it will replace by their hash, and no hash travels back.
 */
public record CachedInfoServerHello(Vector<CachedInformationType> cachedInfo) implements Extension {
    public static final Codec<CachedInfoServerHello> CODEC = struct(
            field("cached_info", vector(2, CachedInformationType.CODEC, 1, 0xffff), CachedInfoServerHello::cachedInfo),
            CachedInfoServerHello::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.CACHED_INFO;
    }
}
