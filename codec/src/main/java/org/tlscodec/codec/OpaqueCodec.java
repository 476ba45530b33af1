package org.tlscodec.codec;

/**
 * {@code opaque data<min..max>} of RFC 8446 section 3.4: a length of as many bytes as {@code max}
 * needs, then the bytes. The bounds are checked on both sides; on decode before anything is sliced.
 */
final class OpaqueCodec implements Codec<Bytes> {
    private final int width;
    private final long min;
    private final long max;

    OpaqueCodec(int width, long min, long max) {
        CodecSupport.checkBounds(width, min, max);
        this.width = width;
        this.min = min;
        this.max = max;
    }

    @Override
    public Bytes read(ByteReader in) {
        return in.readBytes(CodecSupport.readLength(in, width, min, max));
    }

    @Override
    public void write(ByteWriter out, Bytes value) {
        int n = value.size();
        if (n < min || n > max) {
            throw CodecSupport.encodeLengthOutOfRange(out, min, max, n);
        }
        out.writeUnsigned(width, n);
        out.writeBytes(value);
    }

    @Override
    public String toString() {
        return "opaque" + CodecSupport.bounds(min, max);
    }
}
