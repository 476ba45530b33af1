package org.tlscodec.codec;

import io.vavr.control.Either;
import java.util.function.Function;

/** {@code xmap}, {@code exmap}, {@code narrow} and {@code widen}: one class, the failing sides reported as Invalid. */
final class MappedCodec<A, B> implements Codec<B> {
    private final Codec<A> base;
    private final String kind;
    private final Function<? super A, ? extends Either<String, ? extends B>> decodeMap;
    private final Function<? super B, ? extends Either<String, ? extends A>> encodeMap;

    MappedCodec(Codec<A> base, String kind,
                Function<? super A, ? extends Either<String, ? extends B>> decodeMap,
                Function<? super B, ? extends Either<String, ? extends A>> encodeMap) {
        this.base = base;
        this.kind = kind;
        this.decodeMap = decodeMap;
        this.encodeMap = encodeMap;
    }

    @Override
    public B read(ByteReader in) {
        int start = in.offset();
        Either<String, ? extends B> mapped = decodeMap.apply(base.read(in));
        if (mapped.isLeft()) {
            throw in.failAt(start, mapped.getLeft());
        }
        return mapped.get();
    }

    @Override
    public void write(ByteWriter out, B value) {
        Either<String, ? extends A> mapped = encodeMap.apply(value);
        if (mapped.isLeft()) {
            throw CodecSupport.encodeInvalid(out, mapped.getLeft());
        }
        base.write(out, mapped.get());
    }

    /**
     * A mapped value shows the structure of the codec it is mapped from (a record decoded through
     * a struct shows the struct's fields), unless it is a registry code, which shows as itself.
     */
    @Override
    public Rendered render(B value) {
        if (value instanceof Coded) {
            return Rendered.of(value);
        }
        try {
            Either<String, ? extends A> back = encodeMap.apply(value);
            return back.isRight() ? base.render(back.get()) : Rendered.of(value);
        } catch (RuntimeException e) {
            return Rendered.of(value);
        }
    }

    @Override
    public String toString() {
        return kind + "(" + base + ")";
    }
}
