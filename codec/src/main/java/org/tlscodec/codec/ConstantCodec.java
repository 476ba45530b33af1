package org.tlscodec.codec;

/** {@code constant}: bytes that must be exactly these, as a fixed marker or a reserved value. */
final class ConstantCodec implements Codec<Bytes> {
    private final Bytes expected;

    ConstantCodec(Bytes expected) {
        this.expected = expected;
    }

    @Override
    public Bytes read(ByteReader in) {
        int at = in.offset();
        in.require(expected.size());
        if (!in.lookingAt(expected)) {
            Bytes found = in.readBytes(expected.size());
            throw in.failAt(at, "expected constant " + expected.hex() + ", found " + found.hex());
        }
        return in.readBytes(expected.size());
    }

    @Override
    public void write(ByteWriter out, Bytes value) {
        if (!value.equals(expected)) {
            throw CodecSupport.encodeInvalid(out, "expected constant " + expected.hex() + ", given " + value.hex());
        }
        out.writeBytes(expected);
    }

    @Override
    public String toString() {
        return "constant(" + expected.hex() + ")";
    }
}
