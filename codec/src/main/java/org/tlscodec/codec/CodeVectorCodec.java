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
    private final IntMapped<B> element;
    private final int elementWidth;
    private final long min;
    private final long max;

    /** The codec, in a class of its own (see {@link CodecClones}): its element's mapping is then one call site of its own. */
    static <B> Codec<Vector<B>> of(int width, IntMapped<B> element, int elementWidth, long min, long max) {
        // Bounds the constructor refuses make the shared class refuse them again, saying why.
        return CodecClones.of(CodeVectorCodec.class,
                java.lang.invoke.MethodType.methodType(void.class, int.class, IntMapped.class, int.class, long.class, long.class),
                new Object[] {width, element, elementWidth, min, max}, () -> new CodeVectorCodec<>(width, element, elementWidth, min, max));
    }

    CodeVectorCodec(int width, IntMapped<B> element, int elementWidth, long min, long max) {
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
        int count = value.size();
        long n = (long) count * elementWidth;
        int at = out.size();
        if (n < min || n > max) {
            throw new CodecFailure(new CodecError.LengthOutOfRange(Path.root(), at, min, max, n));
        }
        // The length is known before the elements: one reservation for all of it, then each code
        // checked against the width and put in place.
        out.reserve(width + (int) n);
        out.patch(at, width, n);
        long limit = CodecSupport.maxFor(elementWidth);
        for (int i = 0, p = at + width; i < count; i++, p += elementWidth) {
            int code = element.codeOf(value.get(i));
            if (code < 0 || code > limit) {
                out.truncate(p);
                throw CodecSupport.encodeInvalid(out, code + " does not fit uint" + (8 * elementWidth)).underIndex(i);
            }
            out.patch(p, elementWidth, code);
        }
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
