package org.tlscodec.tls.record;

/**
 * The greatest body a record may carry: the policy of {@link TLSPlaintext#codec},
 * {@link TLSCiphertext#codec} and {@link RecordStream#split(org.tlscodec.codec.Bytes, RecordLimits)}.
 * The bound is checked in both directions; a record over it decodes to
 * {@link org.tlscodec.codec.CodecError.LengthOutOfRange} (the "record_overflow" of RFC 8446 section 5.1).
 *
 * <p>The RFC bounds are constants here; {@link #OVERSIZE_ALLOWED} accepts any length the 16-bit
 * length field can hold, for dissecting peers that send more than the RFC allows. A bound
 * negotiated with the record_size_limit extension (RFC 8449) is {@code new RecordLimits(n)}.
 *
 * @param maxFragment the greatest number of bytes after the record header, 0 to 2^16-1
 */
public record RecordLimits(int maxFragment) {

    /** TLSPlaintext.fragment: "The length MUST NOT exceed 2^14 bytes" (RFC 8446 section 5.1, RFC 5246 section 6.2.1). */
    public static final RecordLimits TLS_PLAINTEXT = new RecordLimits(1 << 14);

    /** TLSCompressed.fragment of TLS 1.2 and earlier: 2^14 + 1024 (RFC 5246 section 6.2.2). */
    public static final RecordLimits TLS12_COMPRESSED = new RecordLimits((1 << 14) + 1024);

    /** TLSCiphertext.encrypted_record of TLS 1.3: 2^14 + 256 (RFC 8446 section 5.2). */
    public static final RecordLimits TLS13_CIPHERTEXT = new RecordLimits((1 << 14) + 256);

    /** TLSCiphertext.fragment of TLS 1.2 and earlier: 2^14 + 2048 (RFC 5246 section 6.2.3). */
    public static final RecordLimits TLS12_CIPHERTEXT = new RecordLimits((1 << 14) + 2048);

    /** Any length the uint16 length field can hold (2^16 - 1): for dissecting misbehaving peers. */
    public static final RecordLimits OVERSIZE_ALLOWED = new RecordLimits(0xffff);

    public RecordLimits {
        if (maxFragment < 0 || maxFragment > 0xffff) {
            throw new IllegalArgumentException("a record body is 0 to 2^16-1 bytes, not " + maxFragment);
        }
    }
}
