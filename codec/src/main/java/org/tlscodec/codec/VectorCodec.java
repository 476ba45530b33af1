package org.tlscodec.codec;

import io.vavr.collection.Vector;

/**
 * {@code T items<min..max>} of RFC 8446 section 3.4: the length counts bytes, not elements, and
 * is checked against its bounds and against what remains before any element is read. Elements
 * are read until the region ends; one that runs past the region is {@link CodecError.Overrun}.
 * On encode the length is reserved, the elements written, and the length patched: one pass.
 *
 * <p>With a length width of 0 it is {@code itemsToEnd}: elements one after another up to the end
 * of the enclosing region, with no length of their own (QUIC's transport parameters, RFC 9000
 * section 18; NPN's server protocol list). Either way an element that takes no byte is an error,
 * so decoding always ends.
 */
final class VectorCodec<A> implements Codec<Vector<A>> {
    private final int width;
    private final Codec<A> element;
    private final long min;
    private final long max;

    VectorCodec(int width, Codec<A> element, long min, long max) {
        if (width != 0) {
            CodecSupport.checkBounds(width, min, max);
        }
        this.width = width;
        this.element = element;
        this.min = min;
        this.max = max;
    }

    @Override
    public Vector<A> read(ByteReader in) {
        if (width == 0) {
            return readItems(in);
        }
        int len = CodecSupport.readLength(in, width, min, max);
        int saved = in.enter(len);
        Vector<A> items = readItems(in);
        in.leave(saved);
        return items;
    }

    @Override
    public void write(ByteWriter out, Vector<A> value) {
        int at = width == 0 ? 0 : out.reserve(width);
        int start = out.size();
        for (int i = 0, count = value.size(); i < count; i++) {
            try {
                element.write(out, value.get(i));
            } catch (CodecFailure f) {
                throw f.underIndex(i);
            }
        }
        if (width == 0) {
            return;
        }
        long n = out.size() - start;
        if (n < min || n > max) {
            throw new CodecFailure(new CodecError.LengthOutOfRange(Path.root(), at, min, max, n));
        }
        out.patch(at, width, n);
    }

    // The element loop lives in this class, so that each vector's copy of it (CodecClones) has an
    // element call site of its own.
    @SuppressWarnings("unchecked")
    private Vector<A> readItems(ByteReader in) {
        if (in.atLimit()) {
            return Vector.empty();
        }
        int base = in.gatherBase();
        int i = 0;
        try {
            while (!in.atLimit()) {
                int before = in.offset();
                A item;
                try {
                    item = element.read(in);
                } catch (CodecFailure f) {
                    throw f.underIndex(i);
                }
                if (in.offset() == before) {
                    throw in.fail("element took no bytes, so the list could never end").underIndex(i);
                }
                in.gather(item);
                i++;
            }
            return Vector.of((A[]) in.gathered(base));
        } catch (RuntimeException e) {
            in.ungather(base);
            throw e;
        }
    }

    @Override
    public Rendered render(Vector<A> value) {
        return new Rendered.Items(value.map(element::render));
    }

    @Override
    public String toString() {
        return width == 0 ? "itemsToEnd(" + element + ")" : "vector(" + element + ")" + CodecSupport.bounds(min, max);
    }
}
