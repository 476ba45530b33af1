package org.tlscodec.examples.demo;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.framed;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;
import static org.tlscodec.codec.Codecs.uint8;

import org.tlscodec.codec.Codec;

/**
 * DEMO: a TLS record whose fragment is read as one handshake message (RFC 8446 section 5.1,
 * {@code TLSPlaintext}). The real record layer, with every content type and protection, comes
 * with {@code org.tlscodec.tls}.
 *
 * <pre>
 * struct {
 *     ContentType type;                       // uint8
 *     ProtocolVersion legacy_record_version;  // uint16
 *     uint16 length;
 *     opaque fragment[TLSPlaintext.length];
 * } TLSPlaintext;
 * </pre>
 */
public record DemoRecord(int contentType, int legacyRecordVersion, DemoHandshake fragment) {

    public static final Codec<DemoRecord> CODEC = struct(
            field("content_type", uint8(), DemoRecord::contentType),
            field("legacy_record_version", uint16(), DemoRecord::legacyRecordVersion),
            field("fragment", framed(2, DemoHandshake.CODEC), DemoRecord::fragment),
            DemoRecord::new);
}
