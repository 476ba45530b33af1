package org.tlscodec.codec;

/** uint8, uint16 and uint24 of RFC 8446 section 3.3: big-endian, unsigned. */
final class UIntCodec implements IntCodec {
    static final UIntCodec UINT8 = new UIntCodec(1);
    static final UIntCodec UINT16 = new UIntCodec(2);
    static final UIntCodec UINT24 = new UIntCodec(3);

    private final int width;
    private final int max;

    private UIntCodec(int width) {
        this.width = width;
        this.max = (1 << (8 * width)) - 1;
    }

    int width() {
        return width;
    }

    @Override
    public int readInt(ByteReader in) {
        switch (width) {
            case 1: return in.readUint8();
            case 2: return in.readUint16();
            default: return in.readUint24();
        }
    }

    @Override
    public void writeInt(ByteWriter out, int value) {
        if (value < 0 || value > max) {
            throw CodecSupport.encodeInvalid(out, value + " does not fit uint" + (8 * width));
        }
        switch (width) {
            case 1: out.writeUint8(value); break;
            case 2: out.writeUint16(value); break;
            default: out.writeUint24(value); break;
        }
    }

    @Override
    public String toString() {
        return "uint" + (8 * width);
    }
}
