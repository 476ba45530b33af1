package org.tlscodec.codec;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** {@code lazy}: a codec made on first use, so a definition can refer to itself. */
final class LazyCodec<A> implements Codec<A> {
    private final Supplier<Codec<A>> supplier;
    private volatile @Nullable Codec<A> codec;

    LazyCodec(Supplier<Codec<A>> supplier) {
        this.supplier = supplier;
    }

    private Codec<A> codec() {
        Codec<A> c = codec;
        if (c == null) {
            c = supplier.get();
            codec = c;
        }
        return c;
    }

    @Override
    public A read(ByteReader in) {
        return codec().read(in);
    }

    @Override
    public void write(ByteWriter out, A value) {
        codec().write(out, value);
    }

    @Override
    public Rendered render(A value) {
        return codec().render(value);
    }

    @Override
    public String toString() {
        return "lazy(...)"; // printing the target could recurse forever
    }
}
