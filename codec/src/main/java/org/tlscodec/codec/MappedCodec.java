package org.tlscodec.codec;

import io.vavr.control.Either;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * {@code xmap}, {@code exmap}, {@code narrow} and {@code widen}: one class, the failing sides
 * reported as Invalid. A side that cannot fail is kept as the plain function too and called
 * directly, so a total mapping costs no {@code Either} a value.
 */
final class MappedCodec<A, B> implements Codec<B> {
    private final Codec<A> base;
    private final String kind;
    private final Function<? super A, ? extends Either<String, ? extends B>> decodeMap;
    private final Function<? super B, ? extends Either<String, ? extends A>> encodeMap;
    private final @Nullable Function<? super A, ? extends B> totalDecode;
    private final @Nullable Function<? super B, ? extends A> totalEncode;

    MappedCodec(Codec<A> base, String kind,
                Function<? super A, ? extends Either<String, ? extends B>> decodeMap,
                Function<? super B, ? extends Either<String, ? extends A>> encodeMap) {
        this(base, kind, decodeMap, encodeMap, null, null);
    }

    private MappedCodec(Codec<A> base, String kind,
                        Function<? super A, ? extends Either<String, ? extends B>> decodeMap,
                        Function<? super B, ? extends Either<String, ? extends A>> encodeMap,
                        @Nullable Function<? super A, ? extends B> totalDecode,
                        @Nullable Function<? super B, ? extends A> totalEncode) {
        this.base = base;
        this.kind = kind;
        this.decodeMap = decodeMap;
        this.encodeMap = encodeMap;
        this.totalDecode = totalDecode;
        this.totalEncode = totalEncode;
    }

    /** A mapping whose given sides (non-null) cannot fail. */
    static <A, B> MappedCodec<A, B> of(Codec<A> base, String kind,
                                       @Nullable Function<? super A, ? extends B> totalDecode,
                                       @Nullable Function<? super A, ? extends Either<String, ? extends B>> partialDecode,
                                       @Nullable Function<? super B, ? extends A> totalEncode,
                                       @Nullable Function<? super B, ? extends Either<String, ? extends A>> partialEncode) {
        Function<? super A, ? extends Either<String, ? extends B>> decode = totalDecode != null
                ? a -> Either.right(totalDecode.apply(a)) : java.util.Objects.requireNonNull(partialDecode);
        Function<? super B, ? extends Either<String, ? extends A>> encode = totalEncode != null
                ? b -> Either.right(totalEncode.apply(b)) : java.util.Objects.requireNonNull(partialEncode);
        return new MappedCodec<>(base, kind, decode, encode, totalDecode, totalEncode);
    }

    @Override
    public B read(ByteReader in) {
        Function<? super A, ? extends B> total = totalDecode;
        if (total != null) {
            return total.apply(base.read(in));
        }
        int start = in.offset();
        Either<String, ? extends B> mapped = decodeMap.apply(base.read(in));
        if (mapped.isLeft()) {
            throw in.failAt(start, mapped.getLeft());
        }
        return mapped.get();
    }

    @Override
    public void write(ByteWriter out, B value) {
        Function<? super B, ? extends A> total = totalEncode;
        if (total != null) {
            base.write(out, total.apply(value));
            return;
        }
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
