package org.tlscodec.tls.handshake;

import org.tlscodec.tls.registry.CertChainType;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * CertificateURL (RFC 6066 section 5): {@code CertChainType type; URLAndHash
 * url_and_hash_list<1..2^16-1>;}. A constrained client sends where its certificates can be
 * fetched instead of the certificates.
 */
public record CertificateUrl(CertChainType type, Vector<URLAndHash> urlAndHashList) implements HandshakeMessage {
    public static final Codec<CertificateUrl> CODEC = struct(
            field("type", CertChainType.CODEC, CertificateUrl::type),
            field("url_and_hash_list", vector(2, URLAndHash.CODEC, 1, 0xffff), CertificateUrl::urlAndHashList),
            CertificateUrl::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CERTIFICATE_URL;
    }
}
