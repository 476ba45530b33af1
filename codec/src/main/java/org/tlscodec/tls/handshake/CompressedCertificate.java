package org.tlscodec.tls.handshake;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint24;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.CertificateCompressionAlgorithm;
import org.tlscodec.tls.registry.HandshakeType;

/**
 * CompressedCertificate (RFC 8879 section 4): {@code CertificateCompressionAlgorithm algorithm;
 * uint24 uncompressed_length; opaque compressed_certificate_message<1..2^24-1>;}. The compressed
 * bytes stay opaque here: decompressing them is not a codec's job, and uncompressed_length is
 * what lets the reader refuse a bomb before inflating.
 */
public record CompressedCertificate(
        CertificateCompressionAlgorithm algorithm,
        int uncompressedLength,
        Bytes compressedCertificateMessage) implements HandshakeMessage {
    public static final Codec<CompressedCertificate> CODEC = struct(
            field("algorithm", CertificateCompressionAlgorithm.CODEC, CompressedCertificate::algorithm),
            field("uncompressed_length", uint24(), CompressedCertificate::uncompressedLength),
            field("compressed_certificate_message", opaque(3, 1, 0xffffff), CompressedCertificate::compressedCertificateMessage),
            CompressedCertificate::new);

    @Override
    public HandshakeType msgType() {
        return HandshakeType.COMPRESSED_CERTIFICATE;
    }
}
