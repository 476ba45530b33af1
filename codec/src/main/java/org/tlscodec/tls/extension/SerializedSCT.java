package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.dependent;
import static org.tlscodec.codec.Codecs.framed;
import static org.tlscodec.codec.Codecs.peek;
import static org.tlscodec.codec.Codecs.uint8;

import org.tlscodec.codec.Codec;

/**
 * {@code opaque SerializedSCT<1..2^16-1>;} (RFC 6962 section 3.3): one SCT inside its own length.
 * The bytes are a TLS-encoded SignedCertificateTimestamp (section 3.2) whose first byte is
 * sct_version; only v1(0) has a defined shape, so the version is peeked and decides how the rest
 * is read. Any other version keeps its bytes ({@link SignedCertificateTimestampOtherVersion}):
 * the frame tells where it ends, so the list goes on.
 */
public sealed interface SerializedSCT permits SignedCertificateTimestamp, SignedCertificateTimestampOtherVersion {

    /** The sct_version byte: 0 for v1. */
    int sctVersion();

    Codec<SerializedSCT> CODEC = framed(2, 1, 0xffff, dependent(peek(uint8()), SerializedSCT::sctVersion,
            version -> version == SignedCertificateTimestamp.V1
                    ? SignedCertificateTimestamp.SERIALIZED : SignedCertificateTimestampOtherVersion.SERIALIZED))
            .named("SerializedSCT");
}
