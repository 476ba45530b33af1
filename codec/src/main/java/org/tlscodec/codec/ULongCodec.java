package org.tlscodec.codec;

/**
 * uint32 and uint64 of RFC 8446 section 3.3. A uint64 of 2^63 or more is held as a negative long
 * (two's complement), so every 8-byte value round-trips.
 */
final class ULongCodec implements LongCodec {
    static final ULongCodec UINT32 = new ULongCodec(4);
    static final ULongCodec UINT64 = new ULongCodec(8);

    private final int width;

    private ULongCodec(int width) {
        this.width = width;
    }

    @Override
    public long readLong(ByteReader in) {
        return width == 4 ? in.readUint32() : in.readUint64();
    }

    @Override
    public void writeLong(ByteWriter out, long value) {
        if (width == 4) {
            if (value < 0 || value > 0xffff_ffffL) {
                throw CodecSupport.encodeInvalid(out, value + " does not fit uint32");
            }
            out.writeUint32(value);
        } else {
            out.writeUint64(value);
        }
    }

    @Override
    public String toString() {
        return "uint" + (8 * width);
    }
}
