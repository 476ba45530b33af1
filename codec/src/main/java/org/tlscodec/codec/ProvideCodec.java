package org.tlscodec.codec;

/** {@code provide}: no bytes at all; decodes to a fixed value, as a struct field the wire leaves implicit. */
final class ProvideCodec<A> implements Codec<A> {
    private final A value;

    ProvideCodec(A value) {
        this.value = value;
    }

    @Override
    public A read(ByteReader in) {
        return value;
    }

    @Override
    public void write(ByteWriter out, A given) {
        if (!given.equals(value)) {
            throw CodecSupport.encodeInvalid(out, "expected the implicit value " + value + ", given " + given);
        }
    }

    @Override
    public String toString() {
        return "provide(" + value + ")";
    }
}
