package org.tlscodec.tls.extension;

import org.tlscodec.codec.ByteReader;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.Rendered;

/**
 * A QUIC variable-length integer (RFC 9000 section 16): the two high bits of the first byte give
 * the length (1, 2, 4 or 8 bytes), the other 6, 14, 30 or 62 bits the value, big-endian.
 *
 * <p>RFC 9000 allows a value in any length that fits it ("values do not need to be encoded on the
 * minimum number of bytes"), and peers use that to pad or to patch lengths in place. So the length
 * on the wire is part of the value: a non-minimal encoding decodes to a different QuicVarint than
 * the minimal one, and each re-encodes to its own bytes. {@link #of(long)} picks the shortest.
 */
public record QuicVarint(long value, int encodedLength) {

    /** The largest value: 2^62-1. */
    public static final long MAX_VALUE = (1L << 62) - 1;

    /** The wire form: hand-written, as the length sits in two bits of the first byte. */
    public static final Codec<QuicVarint> CODEC = new VarintCodec();

    public QuicVarint {
        if (encodedLength != 1 && encodedLength != 2 && encodedLength != 4 && encodedLength != 8) {
            throw new IllegalArgumentException("a QUIC varint is 1, 2, 4 or 8 bytes, not " + encodedLength);
        }
        if (value < 0 || value > maxFor(encodedLength)) {
            throw new IllegalArgumentException(value + " does not fit a QUIC varint of " + encodedLength + " bytes");
        }
    }

    /** {@code value} in the fewest bytes. */
    public static QuicVarint of(long value) {
        return new QuicVarint(value, minimalLength(value));
    }

    /** The fewest bytes that hold {@code value} (values above 2^62-1 have none: 8 is answered, and the constructor refuses them). */
    public static int minimalLength(long value) {
        if (value >= 0 && value <= maxFor(1)) {
            return 1;
        }
        if (value >= 0 && value <= maxFor(2)) {
            return 2;
        }
        return value >= 0 && value <= maxFor(4) ? 4 : 8;
    }

    /** The largest value an encoding of {@code length} bytes holds. */
    public static long maxFor(int length) {
        return (1L << (8 * length - 2)) - 1;
    }

    /** True when no shorter encoding holds the value. */
    public boolean minimal() {
        return encodedLength == minimalLength(value);
    }

    private static final class VarintCodec implements Codec<QuicVarint> {
        @Override
        public QuicVarint read(ByteReader in) {
            int first = in.readUint8();
            int length = 1 << (first >>> 6);
            long value = first & 0x3f;
            if (length > 1) {
                in.require(length - 1);
                for (int i = 1; i < length; i++) {
                    value = value << 8 | in.readUint8();
                }
            }
            return new QuicVarint(value, length);
        }

        @Override
        public void write(ByteWriter out, QuicVarint v) {
            int length = v.encodedLength();
            long prefix = (long) Integer.numberOfTrailingZeros(length) << (8 * length - 2);
            long word = prefix | v.value();
            for (int i = length - 1; i >= 0; i--) {
                out.writeUint8((int) (word >>> (8 * i)) & 0xff);
            }
        }

        @Override
        public Rendered render(QuicVarint v) {
            return new Rendered.Number(v.value());
        }

        @Override
        public String toString() {
            return "quic_varint";
        }
    }
}
