package org.tlscodec.crypto.kdf;

import static org.tlscodec.codec.Codecs.field;
import static org.tlscodec.codec.Codecs.opaque;
import static org.tlscodec.codec.Codecs.struct;
import static org.tlscodec.codec.Codecs.uint16;

import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;

/**
 * {@code struct { uint16 length = Length; opaque label<7..255> = "tls13 " + Label; opaque
 * context<0..255> = Context; } HkdfLabel;} (RFC 8446 section 7.1), the info of HKDF-Expand-Label.
 * It is never sent, but it is a TLS structure, so it has its codec like every other: the label
 * bounds reject a label that would not fit, and a trace's info bytes decode back to their parts.
 */
public record HkdfLabel(int length, Bytes label, Bytes context) {
    /** The prefix RFC 8446 puts before every label, so TLS 1.3 keys never collide with other HKDF uses. */
    public static final String PREFIX = "tls13 ";

    public static final Codec<HkdfLabel> CODEC = struct(
            field("length", uint16(), HkdfLabel::length),
            field("label", opaque(1, 7, 255), HkdfLabel::label),
            field("context", opaque(1, 0, 255), HkdfLabel::context),
            HkdfLabel::new);

    /** The HkdfLabel of HKDF-Expand-Label(Secret, {@code label}, {@code context}, {@code length}). */
    public static HkdfLabel of(String label, Bytes context, int length) {
        return new HkdfLabel(length, Bytes.utf8(PREFIX + label), context);
    }

    @Override
    public String toString() {
        // The context is a transcript hash, never a secret; the label is ASCII.
        return "HkdfLabel[length=" + length + ", label=\"" + new String(label.toArray(), java.nio.charset.StandardCharsets.US_ASCII)
                + "\", context=" + context.hex() + "]";
    }
}
