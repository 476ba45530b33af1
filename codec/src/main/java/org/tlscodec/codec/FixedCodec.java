package org.tlscodec.codec;

/** {@code opaque[n]} of RFC 8446 section 3.4: exactly {@code n} bytes, no length on the wire. */
final class FixedCodec implements Codec<Bytes> {
    private final int size;

    FixedCodec(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        this.size = size;
    }

    @Override
    public Bytes read(ByteReader in) {
        return in.readBytes(size);
    }

    @Override
    public void write(ByteWriter out, Bytes value) {
        if (value.size() != size) {
            throw CodecSupport.encodeInvalid(out, "opaque[" + size + "] given " + value.size() + " bytes");
        }
        out.writeBytes(value);
    }

    @Override
    public String toString() {
        return "opaque[" + size + "]";
    }
}
