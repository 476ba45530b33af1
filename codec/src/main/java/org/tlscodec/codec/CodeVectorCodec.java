package org.tlscodec.codec;

import io.vavr.collection.Vector;

/**
 * {@code T items<min..max>} where {@code T} is a registry value: a fixed-width unsigned code mapped
 * to a value type (cipher suites, named groups, signature schemes, versions, point formats). The
 * element count is the length over the width, so the values go straight into an array of that
 * size, each read as an {@code int} and mapped, with no per-element call through a generic codec.
 * Same wire rules and errors as {@link VectorCodec}: a length that is no multiple of the width
 * fails on the partial last element, as an element read past its region.
 */
final class CodeVectorCodec<B> implements Codec<Vector<B>> {
    private final int width;
    private final IntMappedCodec<B> element;
    private final int elementWidth;
    private final long min;
    private final long max;

    CodeVectorCodec(int width, IntMappedCodec<B> element, int elementWidth, long min, long max) {
        CodecSupport.checkBounds(width, min, max);
        this.width = width;
        this.element = element;
        this.elementWidth = elementWidth;
        this.min = min;
        this.max = max;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Vector<B> read(ByteReader in) {
        int len = CodecSupport.readLength(in, width, min, max);
        if (len == 0) {
            return Vector.empty();
        }
        int saved = in.enter(len);
        Object[] items = new Object[(len + elementWidth - 1) / elementWidth];
        IntCodec base = element.base();
        for (int i = 0; i < items.length; i++) {
            try {
                items[i] = element.valueOf(base.readInt(in));
            } catch (CodecFailure f) {
                throw f.underIndex(i);
            }
        }
        in.leave(saved);
        return Vector.of((B[]) items);
    }

    @Override
    public void write(ByteWriter out, Vector<B> value) {
        int at = out.reserve(width);
        int start = out.size();
        IntCodec base = element.base();
        for (int i = 0, n = value.size(); i < n; i++) {
            try {
                base.writeInt(out, element.codeOf(value.get(i)));
            } catch (CodecFailure f) {
                throw f.underIndex(i);
            }
        }
        long n = out.size() - start;
        if (n < min || n > max) {
            throw new CodecFailure(new CodecError.LengthOutOfRange(Path.root(), at, min, max, n));
        }
        out.patch(at, width, n);
    }

    @Override
    public Rendered render(Vector<B> value) {
        return new Rendered.Items(value.map(element::render));
    }

    @Override
    public String toString() {
        return "vector(" + element + ")" + CodecSupport.bounds(min, max);
    }
}
