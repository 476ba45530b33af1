package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.remaining;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint8;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * An SCT of a version other than v1 (RFC 6962 section 3.2 defines only v1; RFC 9162's v2 SCTs
 * travel in transparency_info, not here): its sct_version and the rest of its SerializedSCT,
 * kept byte for byte, since its shape is not known.
 */
public record SignedCertificateTimestampOtherVersion(int sctVersion, Bytes rest) implements SerializedSCT {
    public static final Codec<SignedCertificateTimestampOtherVersion> CODEC = struct(
            field("sct_version", uint8(), SignedCertificateTimestampOtherVersion::sctVersion),
            field("rest", remaining(), SignedCertificateTimestampOtherVersion::rest),
            SignedCertificateTimestampOtherVersion::new);

    /**
     * The same, seen as a {@link SerializedSCT}: what {@link SerializedSCT#CODEC} reads for any
     * version but v1. Writing one that claims v1 is refused, since it would read back as v1.
     */
    static final Codec<SerializedSCT> SERIALIZED = CODEC.widen(s -> s,
            s -> s instanceof SignedCertificateTimestampOtherVersion t && t.sctVersion() != SignedCertificateTimestamp.V1
                    ? Either.right(t) : Either.left("sct_version " + s.sctVersion() + " is not for " + s));
}
