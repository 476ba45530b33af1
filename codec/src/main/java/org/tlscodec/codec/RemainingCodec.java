package org.tlscodec.codec;

/** {@code remaining}: every byte up to the end of the enclosing region, as opaque data. */
final class RemainingCodec implements Codec<Bytes> {
    static final RemainingCodec INSTANCE = new RemainingCodec();

    private RemainingCodec() {
    }

    @Override
    public Bytes read(ByteReader in) {
        return in.readRemaining();
    }

    @Override
    public void write(ByteWriter out, Bytes value) {
        out.writeBytes(value);
    }

    @Override
    public String toString() {
        return "remaining";
    }
}
