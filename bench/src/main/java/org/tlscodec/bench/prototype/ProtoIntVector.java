package org.tlscodec.bench.prototype;

import io.vavr.collection.Vector;
import org.tlscodec.codec.ByteReader;
import org.tlscodec.codec.ByteWriter;
import org.tlscodec.codec.Codec;
import org.tlscodec.codec.CodecError;
import org.tlscodec.codec.CodecFailure;
import org.tlscodec.codec.IntCodec;
import org.tlscodec.codec.Path;

/**
 * Suggested specialisation of {@code VectorCodec} for an {@link IntCodec} element (cipher suites,
 * groups, signature schemes, versions): elements read with {@link IntCodec#readInt} into an
 * {@code int[]}, which {@link Vector#ofAll(int...)} keeps unboxed. No {@code Integer} per element.
 * The element's width (which the core's {@code UIntCodec} knows) sizes the array exactly: a length
 * that is not a multiple of it still fails on the partial last element, as before.
 */
final class ProtoIntVector implements Codec<Vector<Integer>> {
    private final int width;
    private final IntCodec element;
    private final int elementWidth;
    private final long min;
    private final long max;

    ProtoIntVector(int width, IntCodec element, int elementWidth, long min, long max) {
        this.width = width;
        this.element = element;
        this.elementWidth = elementWidth;
        this.min = min;
        this.max = max;
    }

    @Override
    public Vector<Integer> read(ByteReader in) {
        int len = ProtoSupport.readLength(in, width, min, max);
        int saved = in.enter(len);
        int[] items = new int[len / elementWidth];
        int n = 0;
        while (!in.atLimit()) {
            int value;
            try {
                value = element.readInt(in);
            } catch (CodecFailure f) {
                throw f.underIndex(n);
            }
            items[n++] = value;
        }
        in.leave(saved);
        return Vector.ofAll(items);
    }

    @Override
    public void write(ByteWriter out, Vector<Integer> value) {
        int at = out.reserve(width);
        int start = out.size();
        for (int i = 0, count = value.size(); i < count; i++) {
            try {
                element.writeInt(out, value.get(i));
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
        return "protoIntVector(" + element + ")<" + min + ".." + max + ">";
    }
}
