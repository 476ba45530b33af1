package org.tlscodec.tls.record;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint8;

import org.tlscodec.codec.Codec;

/**
 * The ChangeCipherSpec message, RFC 5246 section 7.1:
 *
 * <pre>
 * struct {
 *     enum { change_cipher_spec(1), (255) } type;
 * } ChangeCipherSpec;
 * </pre>
 *
 * <p>The byte is decoded as a plain {@code uint8}, so a value other than 1 is kept, not rejected:
 * a dissector must show what the peer sent and re-encode it byte for byte. Whether it is the
 * standard value is {@link #isStandard()}. TLS 1.3 still sends this record for middlebox
 * compatibility (RFC 8446 section 5, appendix D.4) and requires the value 0x01.
 *
 * @param type the byte, 0 to 255
 */
public record ChangeCipherSpec(int type) {

    /** The only value the RFCs define: {@code change_cipher_spec(1)}. */
    public static final ChangeCipherSpec STANDARD = new ChangeCipherSpec(1);

    /** One byte, {@code type}. */
    public static final Codec<ChangeCipherSpec> CODEC = struct(
            field("type", uint8(), ChangeCipherSpec::type),
            ChangeCipherSpec::new);

    /** True for {@code change_cipher_spec(1)}. */
    public boolean isStandard() {
        return type == 1;
    }
}
