package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.constant;
import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.fixed;
import static org.tlscodec.codec.Codecs.opaque16;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint64;

import io.vavr.control.Either;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.SignatureScheme;

/**
 * A v1 SCT (RFC 6962 section 3.2):
 * <pre>
 * struct {
 *     Version sct_version;            // v1(0)
 *     LogID id;                       // opaque key_id[32]
 *     uint64 timestamp;               // ms since the epoch
 *     CtExtensions extensions;        // opaque CtExtensions&lt;0..2^16-1&gt;
 *     digitally-signed struct { ... };
 * } SignedCertificateTimestamp;
 * </pre>
 * The digitally-signed element is encoded as RFC 5246 section 4.7 says: a SignatureAndHashAlgorithm
 * (the same two bytes as a SignatureScheme) and {@code opaque signature<0..2^16-1>}. The signature
 * stays bytes: checking it needs the log's key and the certificate, which the crypto layer has.
 */
public record SignedCertificateTimestamp(Bytes id, long timestamp, Bytes extensions, SignatureScheme algorithm,
                                         Bytes signature) implements SerializedSCT {

    /** sct_version v1. */
    public static final int V1 = 0;

    private static final Bytes V1_BYTE = Bytes.ofUnsigned(V1);

    /** The whole struct, sct_version included (it must be v1). */
    public static final Codec<SignedCertificateTimestamp> CODEC = struct(
            field("sct_version", constant(V1_BYTE), s -> V1_BYTE),
            field("id", fixed(32), SignedCertificateTimestamp::id),
            field("timestamp", uint64(), SignedCertificateTimestamp::timestamp),
            field("extensions", opaque16(), SignedCertificateTimestamp::extensions),
            field("algorithm", SignatureScheme.CODEC, SignedCertificateTimestamp::algorithm),
            field("signature", opaque16(), SignedCertificateTimestamp::signature),
            (version, id, timestamp, extensions, algorithm, signature) ->
                    new SignedCertificateTimestamp(id, timestamp, extensions, algorithm, signature));

    /** The same, seen as a {@link SerializedSCT}: what {@link SerializedSCT#CODEC} reads when sct_version is v1. */
    static final Codec<SerializedSCT> SERIALIZED = CODEC.widen(s -> s,
            s -> s instanceof SignedCertificateTimestamp t ? Either.right(t) : Either.left("sct_version v1 is not " + s));

    @Override
    public int sctVersion() {
        return V1;
    }
}
