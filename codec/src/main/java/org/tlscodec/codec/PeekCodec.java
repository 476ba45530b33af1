package org.tlscodec.codec;

/** {@code peek}: decodes a value without consuming it; writes nothing, the bytes belong to what follows. */
final class PeekCodec<A> implements Codec<A> {
    private final Codec<A> inner;

    PeekCodec(Codec<A> inner) {
        this.inner = inner;
    }

    @Override
    public A read(ByteReader in) {
        long mark = in.mark();
        int depth = in.depth();
        A value = inner.read(in);
        in.restore(mark, depth);
        return value;
    }

    @Override
    public void write(ByteWriter out, A value) {
        // Nothing: the peeked bytes are written by the codec that consumes them.
    }

    @Override
    public Rendered render(A value) {
        return inner.render(value);
    }

    @Override
    public String toString() {
        return "peek(" + inner + ")";
    }
}
