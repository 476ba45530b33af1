package org.tlscodec.tls.record;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ContentType;
import org.tlscodec.tls.registry.ProtocolVersion;

/**
 * A record as it stands on the wire before protection, RFC 8446 section 5.1 (RFC 5246 section
 * 6.2.1 has the same five-byte header, naming the version field {@code version}):
 *
 * <pre>
 * struct {
 *     ContentType type;
 *     ProtocolVersion legacy_record_version;
 *     uint16 length;
 *     opaque fragment[TLSPlaintext.length];
 * } TLSPlaintext;
 * </pre>
 *
 * <p>Before a connection's keys are known every record has this shape (a protected record's
 * fragment is its encrypted_record, see {@link TLSCiphertext#of}), so it is also what
 * {@link RecordStream} splits a stream into.
 *
 * @param type                the content type, kept even when unregistered
 * @param legacyRecordVersion the record-layer version, kept as sent (0x0301 in a first ClientHello)
 * @param fragment            the record body
 */
public record TLSPlaintext(ContentType type, ProtocolVersion legacyRecordVersion, Bytes fragment) {

    /** The bytes before the fragment: type, version and length. */
    public static final int HEADER_LENGTH = 5;

    /**
     * The RFC's codec: {@code length} and {@code fragment} are one {@code opaque fragment<0..2^14>},
     * because RFC 8446 section 5.1 says "The length MUST NOT exceed 2^14 bytes"; a longer record is
     * {@link org.tlscodec.codec.CodecError.LengthOutOfRange} under {@code fragment}, both ways.
     */
    public static final Codec<TLSPlaintext> CODEC = build(RecordLimits.TLS_PLAINTEXT);

    /**
     * For dissecting peers that break the 2^14 bound: any length the uint16 can hold
     * ({@link RecordLimits#OVERSIZE_ALLOWED}). Still byte-exact.
     */
    public static final Codec<TLSPlaintext> CODEC_OVERSIZE_ALLOWED = build(RecordLimits.OVERSIZE_ALLOWED);

    /**
     * The codec for a bound other than the RFC's: {@link #CODEC} for {@link RecordLimits#TLS_PLAINTEXT},
     * {@link #CODEC_OVERSIZE_ALLOWED} for {@link RecordLimits#OVERSIZE_ALLOWED}, otherwise a new
     * codec (keep it in a constant: codecs are built once).
     */
    public static Codec<TLSPlaintext> codec(RecordLimits limits) {
        if (limits.equals(RecordLimits.TLS_PLAINTEXT)) {
            return CODEC;
        }
        if (limits.equals(RecordLimits.OVERSIZE_ALLOWED)) {
            return CODEC_OVERSIZE_ALLOWED;
        }
        return build(limits);
    }

    private static Codec<TLSPlaintext> build(RecordLimits limits) {
        return struct(
                field("type", ContentType.CODEC, TLSPlaintext::type),
                field("legacy_record_version", ProtocolVersion.CODEC, TLSPlaintext::legacyRecordVersion),
                field("fragment", opaque(2, 0, limits.maxFragment()), TLSPlaintext::fragment),
                TLSPlaintext::new);
    }

    /** The value of the header's length field. */
    public int length() {
        return fragment.size();
    }

    /** The whole record's size on the wire, header included. */
    public int wireLength() {
        return HEADER_LENGTH + fragment.size();
    }
}
