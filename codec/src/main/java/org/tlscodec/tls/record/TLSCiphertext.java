package org.tlscodec.tls.record;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * A protected record, RFC 8446 section 5.2:
 *
 * <pre>
 * struct {
 *     ContentType opaque_type = application_data; // 23
 *     ProtocolVersion legacy_record_version = 0x0303; // TLS v1.2
 *     uint16 length;
 *     opaque encrypted_record[TLSCiphertext.length];
 * } TLSCiphertext;
 * </pre>
 *
 * <p>The body is opaque here: opening it is the session's business. The fixed values the RFC
 * gives {@code opaque_type} and {@code legacy_record_version} are not enforced, so whatever a peer
 * sent re-encodes byte for byte; TLS 1.2's GenericStreamCipher/BlockCipher/AEADCipher records
 * (RFC 5246 section 6.2.3) have the same header and are kept the same way.
 *
 * @param opaqueType          the outer content type (23 for every TLS 1.3 protected record)
 * @param legacyRecordVersion the record-layer version, kept as sent
 * @param encryptedRecord     the protected body
 */
public record TLSCiphertext(ContentType opaqueType, ProtocolVersion legacyRecordVersion, Bytes encryptedRecord) {

    /**
     * TLS 1.3's codec: {@code opaque encrypted_record<0..2^14+256>}, because "The length MUST NOT
     * exceed 2^14 + 256 bytes" (RFC 8446 section 5.2); checked in both directions.
     */
    public static final Codec<TLSCiphertext> CODEC = build(RecordLimits.TLS13_CIPHERTEXT);

    /** TLS 1.2 and earlier: "The length MUST NOT exceed 2^14 + 2048" (RFC 5246 section 6.2.3). */
    public static final Codec<TLSCiphertext> CODEC_TLS12 = build(RecordLimits.TLS12_CIPHERTEXT);

    /** For dissecting peers that break the bounds: any length the uint16 can hold. */
    public static final Codec<TLSCiphertext> CODEC_OVERSIZE_ALLOWED = build(RecordLimits.OVERSIZE_ALLOWED);

    /** The codec for a bound of {@code limits}; the three constants for theirs, else a new codec. */
    public static Codec<TLSCiphertext> codec(RecordLimits limits) {
        if (limits.equals(RecordLimits.TLS13_CIPHERTEXT)) {
            return CODEC;
        }
        if (limits.equals(RecordLimits.TLS12_CIPHERTEXT)) {
            return CODEC_TLS12;
        }
        if (limits.equals(RecordLimits.OVERSIZE_ALLOWED)) {
            return CODEC_OVERSIZE_ALLOWED;
        }
        return build(limits);
    }

    private static Codec<TLSCiphertext> build(RecordLimits limits) {
        return struct(
                field("opaque_type", ContentType.CODEC, TLSCiphertext::opaqueType),
                field("legacy_record_version", ProtocolVersion.CODEC, TLSCiphertext::legacyRecordVersion),
                field("encrypted_record", opaque(2, 0, limits.maxFragment()), TLSCiphertext::encryptedRecord),
                TLSCiphertext::new);
    }

    /**
     * A record split from a stream, seen as protected: the same header and body under the names
     * of section 5.2. No bytes are copied.
     */
    public static TLSCiphertext of(TLSPlaintext record) {
        return new TLSCiphertext(record.type(), record.legacyRecordVersion(), record.fragment());
    }

    /** The same record under the names of section 5.1. */
    public TLSPlaintext toPlaintextShape() {
        return new TLSPlaintext(opaqueType, legacyRecordVersion, encryptedRecord);
    }

    /** The value of the header's length field. */
    public int length() {
        return encryptedRecord.size();
    }
}
