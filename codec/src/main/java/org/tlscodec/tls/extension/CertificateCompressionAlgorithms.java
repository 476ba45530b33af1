package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.vector;

import io.vavr.collection.Vector;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.CertificateCompressionAlgorithm;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * compress_certificate: {@code struct { CertificateCompressionAlgorithm algorithms<2..2^8-2>; } CertificateCompressionAlgorithms;}
 * (RFC 8879 section 3), in ClientHello and CertificateRequest: the algorithms the sender can
 * decompress a CompressedCertificate with.
 */
public record CertificateCompressionAlgorithms(Vector<CertificateCompressionAlgorithm> algorithms) implements Extension {
    public static final Codec<CertificateCompressionAlgorithms> CODEC = struct(
            field("algorithms", vector(1, CertificateCompressionAlgorithm.CODEC, 2, 0xfe), CertificateCompressionAlgorithms::algorithms),
            CertificateCompressionAlgorithms::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.COMPRESS_CERTIFICATE;
    }
}
