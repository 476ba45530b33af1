package org.tlscodec.tls.record;

import io.vavr.Tuple;
import io.vavr.collection.Vector;
import org.tlscodec.codec.ByteReader;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.CodecFailure;
import org.tlscodec.codec.Path;
import org.tlscodec.codec.Rendered;
import org.tlscodec.tls.registry.ContentType;

/**
 * The plaintext inside a TLS 1.3 protected record, RFC 8446 section 5.2:
 *
 * <pre>
 * struct {
 *     opaque content[TLSPlaintext.length];
 *     ContentType type;
 *     uint8 zeros[length_of_padding];
 * } TLSInnerPlaintext;
 * </pre>
 *
 * <p>The structure is defined from its end, so its codec is written by hand: it takes the whole
 * region (the decrypted record), and, as section 5.4 says, "scanning the field from the end
 * toward the beginning until it finds a non-zero octet. This non-zero octet is the content type
 * of the message." The zeros are kept as a count, so a re-encoding is byte-exact. A plaintext
 * with no non-zero octet (or none at all) has no content type: section 5.4 makes that an
 * {@code unexpected_message}; here it is {@link CodecError.Invalid}, never an exception.
 *
 * <p>Not self-delimiting: it reads to the end of its region.
 *
 * @param content the record's content, of type {@code type}
 * @param type    the real content type; never 0, since a 0 would read back as padding
 * @param zeros   how many zero bytes of padding followed the type
 */
public record TLSInnerPlaintext(Bytes content, ContentType type, int zeros) {

    /** "The full encoded TLSInnerPlaintext MUST NOT exceed 2^14 + 1 octets" (RFC 8446 section 5.4). */
    public static final int MAX_LENGTH = (1 << 14) + 1;

    /** The codec of section 5.2: content, type, then zeros to the end of the region. */
    public static final Codec<TLSInnerPlaintext> CODEC = new InnerPlaintextCodec();

    /** Content of a type with no padding. */
    public static TLSInnerPlaintext of(ContentType type, Bytes content) {
        return new TLSInnerPlaintext(content, type, 0);
    }

    /** The encoded length: content, one type byte, the zeros. */
    public long encodedLength() {
        return (long) content.size() + 1 + zeros;
    }

    /** True when the encoding is longer than section 5.4 allows (2^14 + 1). */
    public boolean exceedsMaxLength() {
        return encodedLength() > MAX_LENGTH;
    }

    private static final class InnerPlaintextCodec implements Codec<TLSInnerPlaintext> {

        @Override
        public TLSInnerPlaintext read(ByteReader in) {
            int start = in.offset();
            Bytes all = in.readRemaining(); // a slice: nothing is copied
            int i = all.size() - 1;
            while (i >= 0 && all.get(i) == 0) {
                i--;
            }
            if (i < 0) {
                throw new CodecFailure(new CodecError.Invalid(Path.root().under("type"), start,
                        all.isEmpty() ? "empty TLSInnerPlaintext: no content type"
                                : "all " + all.size() + " bytes are zero: no content type (RFC 8446 section 5.4)"));
            }
            return new TLSInnerPlaintext(all.take(i), ContentType.of(all.get(i)), all.size() - 1 - i);
        }

        @Override
        public void write(ByteWriter out, TLSInnerPlaintext value) {
            if (value.type().code() == 0) {
                throw new CodecFailure(new CodecError.Invalid(Path.root().under("type"), out.size(),
                        "content type 0 would read back as padding"));
            }
            if (value.zeros() < 0) {
                throw new CodecFailure(new CodecError.Invalid(Path.root().under("zeros"), out.size(),
                        "negative padding " + value.zeros()));
            }
            out.writeBytes(value.content());
            out.writeUint8(value.type().code());
            int n = value.zeros();
            byte[] chunk = new byte[Math.min(n, 256)];
            while (n > 0) {
                int k = Math.min(n, chunk.length);
                out.writeBytes(chunk, 0, k);
                n -= k;
            }
        }

        @Override
        public Rendered render(TLSInnerPlaintext value) {
            return new Rendered.Fields(Vector.of(
                    Tuple.of("content", Rendered.of(value.content())),
                    Tuple.of("type", Rendered.of(value.type())),
                    Tuple.of("zeros", new Rendered.Number(value.zeros()))));
        }

        @Override
        public String toString() {
            return "TLSInnerPlaintext(content, ContentType type, zeros to the end)";
        }
    }
}
