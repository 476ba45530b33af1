package org.tlscodec.tls.extension;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;

import org.tlscodec.codec.Codec;
import org.tlscodec.tls.registry.ExtensionType;

/**
 * record_size_limit: {@code uint16 RecordSizeLimit;} (RFC 8449 section 4), the largest record
 * plaintext the sender will take, in ClientHello, ServerHello (TLS 1.2) and EncryptedExtensions.
 * Values under 64 are a protocol error, which is the validation pass's to report; the codec keeps
 * any value so such a hello can still be shown.
 */
public record RecordSizeLimit(int recordSizeLimit) implements Extension {
    public static final Codec<RecordSizeLimit> CODEC = struct(
            field("record_size_limit", uint16(), RecordSizeLimit::recordSizeLimit),
            RecordSizeLimit::new);

    @Override
    public ExtensionType type() {
        return ExtensionType.RECORD_SIZE_LIMIT;
    }
}
