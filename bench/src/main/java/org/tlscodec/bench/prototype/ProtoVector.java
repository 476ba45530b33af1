package org.tlscodec.bench.prototype;

import io.vavr.collection.Vector;
import org.tlscodec.codec.ByteReader;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.CodecFailure;
import org.tlscodec.codec.Path;

/**
 * Suggested {@code VectorCodec}: the same wire rules, but elements are gathered on a {@link Scratch}
 * stack and copied once into an array of the exact size that becomes the Vavr vector's leaf
 * ({@link Vector#of(Object[])} keeps the array it is given), instead of an {@code ArrayList} that
 * {@link Vector#ofAll(Iterable)} copies again through a size-probing wrapper; and the value is
 * walked by index on encode, not by an iterator object.
 */
final class ProtoVector<A> implements Codec<Vector<A>> {
    private final int width;
    private final Codec<A> element;
    private final long min;
    private final long max;

    ProtoVector(int width, Codec<A> element, long min, long max) {
        this.width = width;
        this.element = element;
        this.min = min;
        this.max = max;
    }

    @Override
    public Vector<A> read(ByteReader in) {
        int len = ProtoSupport.readLength(in, width, min, max);
        int saved = in.enter(len);
        Scratch scratch = Scratch.get();
        int base = scratch.top();
        try {
            int n = 0;
            while (!in.atLimit()) {
                int before = in.offset();
                A item;
                try {
                    item = element.read(in);
                } catch (CodecFailure f) {
                    throw f.underIndex(n);
                }
                if (in.offset() == before) {
                    throw in.fail("element took no bytes, so the vector could never end").underIndex(n);
                }
                scratch.push(item);
                n++;
            }
            in.leave(saved);
            @SuppressWarnings("unchecked")
            A[] exact = (A[]) scratch.popInto(base, new Object[n]);
            return Vector.of(exact);
        } finally {
            scratch.reset(base);
        }
    }

    @Override
    public void write(ByteWriter out, Vector<A> value) {
        int at = out.reserve(width);
        int start = out.size();
        for (int i = 0, count = value.size(); i < count; i++) {
            try {
                element.write(out, value.get(i));
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
    public String toString() {
        return "protoVector(" + element + ")<" + min + ".." + max + ">";
    }
}
