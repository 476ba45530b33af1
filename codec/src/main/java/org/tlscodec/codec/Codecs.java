package org.tlscodec.codec;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.lang.invoke.MethodType;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The combinators, named after the presentation language of RFC 8446 section 3 where one exists.
 * Meant for {@code import static org.tlscodec.codec.Codecs.*}.
 *
 * <pre>{@code
 * record KeyShareEntry(NamedGroup group, Bytes keyExchange) {
 *     static final Codec<KeyShareEntry> CODEC = struct(
 *         field("group", NamedGroup.CODEC, KeyShareEntry::group),
 *         field("key_exchange", opaque(2, 1, 0xffff), KeyShareEntry::keyExchange),
 *         KeyShareEntry::new);
 * }
 * }</pre>
 */
public final class Codecs {
    private Codecs() {
    }

    /** Makes the value a lenient codec keeps when the strict one fails. */
    @FunctionalInterface
    public interface Recover<A> {
        A recover(Bytes bytes, CodecError error);
    }

    // ---- numbers: RFC 8446 section 3.3 ----

    /** {@code uint8}. */
    public static IntCodec uint8() {
        return UIntCodec.UINT8;
    }

    /** {@code uint16}, big-endian. */
    public static IntCodec uint16() {
        return UIntCodec.UINT16;
    }

    /** {@code uint24}, big-endian. */
    public static IntCodec uint24() {
        return UIntCodec.UINT24;
    }

    /** {@code uint32}, big-endian, in a long. */
    public static LongCodec uint32() {
        return ULongCodec.UINT32;
    }

    /** {@code uint64}, big-endian, in a long (two's complement above 2^63-1). */
    public static LongCodec uint64() {
        return ULongCodec.UINT64;
    }

    // ---- opaque: RFC 8446 section 3.4 ----

    /** {@code opaque[n]}: exactly {@code n} bytes. */
    public static Codec<Bytes> fixed(int n) {
        return new FixedCodec(n);
    }

    /** {@code opaque<min..max>} with a length of {@code lengthWidth} bytes. */
    public static Codec<Bytes> opaque(int lengthWidth, long min, long max) {
        return new OpaqueCodec(lengthWidth, min, max);
    }

    /** {@code opaque<0..2^8-1>}. */
    public static Codec<Bytes> opaque8() {
        return new OpaqueCodec(1, 0, 0xff);
    }

    /** {@code opaque<0..2^16-1>}. */
    public static Codec<Bytes> opaque16() {
        return new OpaqueCodec(2, 0, 0xffff);
    }

    /** {@code opaque<0..2^24-1>}. */
    public static Codec<Bytes> opaque24() {
        return new OpaqueCodec(3, 0, 0xffffff);
    }

    // ---- vectors: RFC 8446 section 3.4 ----

    /**
     * {@code T items<min..max>}: a length of {@code lengthWidth} bytes counting the bytes of the
     * elements that follow. The bounds are byte counts, as in the RFC.
     */
    public static <A> Codec<Vector<A>> vector(int lengthWidth, Codec<A> element, long min, long max) {
        if (element instanceof IntMapped<A> codes && codes.base() instanceof UIntCodec u) {
            return CodeVectorCodec.of(lengthWidth, codes, u.width(), min, max);
        }
        CodecSupport.checkWidth(lengthWidth);
        return vectorCodec(lengthWidth, element, min, max);
    }

    /** {@code T items<0..2^(8*lengthWidth)-1>}. */
    public static <A> Codec<Vector<A>> vector(int lengthWidth, Codec<A> element) {
        return vector(lengthWidth, element, 0, CodecSupport.maxFor(lengthWidth));
    }

    /**
     * Elements one after another to the end of the enclosing region, with no length of their own
     * (QUIC transport parameters, NPN's server list): the presentation language has no word for it.
     */
    public static <A> Codec<Vector<A>> itemsToEnd(Codec<A> element) {
        return vectorCodec(0, element, 0, 0);
    }

    /** One value that must fill a length-prefixed region {@code <min..max>} exactly. */
    public static <A> Codec<A> framed(int lengthWidth, long min, long max, Codec<A> inner) {
        return new FramedCodec<>(lengthWidth, min, max, inner);
    }

    /** One value that must fill a region with a length of {@code lengthWidth} bytes exactly. */
    public static <A> Codec<A> framed(int lengthWidth, Codec<A> inner) {
        return new FramedCodec<>(lengthWidth, 0, CodecSupport.maxFor(lengthWidth), inner);
    }

    // ---- variants: RFC 8446 section 3.8 ----

    /**
     * Starts a {@code select} on a tag codec; {@code tagOf} answers a value's tag when encoding.
     * Add cases with {@link Select#caseOf}, then finish with {@link Select#otherwise} or {@link Select#strict()}.
     */
    public static <T, A> Select<T, A> select(Codec<T> tag, Function<? super A, ? extends T> tagOf) {
        return Select.on(tag, tagOf);
    }

    // ---- structure ----

    /** A field of a struct: the RFC's name for it, its codec, and its accessor. */
    public static <R, A> Field<R, A> field(String name, Codec<A> codec, Function<? super R, ? extends A> getter) {
        return new Field<>(name, codec, getter);
    }

    /** A value present when bytes remain in the enclosing region; absent writes nothing. */
    public static <A> Codec<Option<A>> optional(Codec<A> codec) {
        return new OptionalCodec<>(null, codec);
    }

    /** A value present when {@code guard} decodes to true; the guard is written from presence. */
    public static <A> Codec<Option<A>> optional(Codec<Boolean> guard, Codec<A> codec) {
        return new OptionalCodec<>(guard, codec);
    }

    /** A value present exactly when {@code included}; encoding checks the value agrees. */
    public static <A> Codec<Option<A>> conditional(boolean included, Codec<A> codec) {
        return new ConditionalCodec<>(included, codec);
    }

    /** Bytes that must be exactly {@code expected}. */
    public static Codec<Bytes> constant(Bytes expected) {
        return new ConstantCodec(expected);
    }

    /** No bytes; decodes to {@code value}, and encoding checks the value is it. */
    public static <A> Codec<A> provide(A value) {
        return new ProvideCodec<>(value);
    }

    /** A codec made on first use, for definitions that refer to themselves. */
    public static <A> Codec<A> lazy(Supplier<Codec<A>> codec) {
        return new LazyCodec<>(codec);
    }

    /** Decodes without consuming; writes nothing. */
    public static <A> Codec<A> peek(Codec<A> codec) {
        return new PeekCodec<>(codec);
    }

    /** The rest of the enclosing region as opaque bytes. */
    public static Codec<Bytes> remaining() {
        return RemainingCodec.INSTANCE;
    }

    /** {@code codec} with {@code name} in the path of its errors. */
    public static <A> Codec<A> withContext(String name, Codec<A> codec) {
        return new ContextCodec<>(name, codec);
    }

    /** A head value that decides the codec of the rest; {@code headOf} recovers the head when encoding. */
    public static <H, B> Codec<B> dependent(Codec<H> head, Function<? super B, ? extends H> headOf,
                                            Function<? super H, ? extends Codec<B>> body) {
        return new DependentCodec<>(head, body, headOf);
    }

    /**
     * For dissection: where {@code strict} fails on malformed bytes, the rest of the enclosing
     * region becomes {@code recover(bytes, error)}. {@code rawOf} answers the kept bytes of a
     * recovered value (and none for a strictly decoded one), so it re-encodes byte for byte.
     */
    public static <A> Codec<A> lenient(Codec<A> strict, Function<? super A, Option<Bytes>> rawOf, Recover<? extends A> recover) {
        return new LenientCodec<>(strict, recover, rawOf);
    }

    // A vector in a class of its own (CodecClones); width 0 is itemsToEnd.
    private static <A> Codec<Vector<A>> vectorCodec(int width, Codec<A> element, long min, long max) {
        return CodecClones.of(VectorCodec.class, MethodType.methodType(void.class, int.class, Codec.class, long.class, long.class),
                new Object[] {width, element, min, max}, () -> new VectorCodec<>(width, element, min, max));
    }

    // ---- struct: RFC 8446 section 3.6. One overload an arity, generated; the record's constructor comes last. ----

    /** {@code struct} of 1 field, built with {@code make}. */
    public static <R, A> Codec<R> struct(Field<R, A> f1, Constructors.C1<A, R> make) {
        return CodecClones.of(Structs.S1.class, MethodType.methodType(void.class, Field.class, Constructors.C1.class),
                new Object[] {f1, make}, () -> new Structs.S1<>(f1, make));
    }

    /** {@code struct} of 2 fields, built with {@code make}. */
    public static <R, A, B> Codec<R> struct(Field<R, A> f1, Field<R, B> f2, Constructors.C2<A, B, R> make) {
        return CodecClones.of(Structs.S2.class, MethodType.methodType(void.class, Field.class, Field.class, Constructors.C2.class),
                new Object[] {f1, f2, make}, () -> new Structs.S2<>(f1, f2, make));
    }

    /** {@code struct} of 3 fields, built with {@code make}. */
    public static <R, A, B, C> Codec<R> struct(Field<R, A> f1, Field<R, B> f2, Field<R, C> f3, Constructors.C3<A, B, C, R> make) {
        return CodecClones.of(Structs.S3.class, MethodType.methodType(void.class, Field.class, Field.class, Field.class, Constructors.C3.class),
                new Object[] {f1, f2, f3, make}, () -> new Structs.S3<>(f1, f2, f3, make));
    }

    /** {@code struct} of 4 fields, built with {@code make}. */
    public static <R, A, B, C, D> Codec<R> struct(Field<R, A> f1, Field<R, B> f2, Field<R, C> f3, Field<R, D> f4, Constructors.C4<A, B, C, D, R> make) {
        return CodecClones.of(Structs.S4.class, MethodType.methodType(void.class, Field.class, Field.class, Field.class, Field.class, Constructors.C4.class),
                new Object[] {f1, f2, f3, f4, make}, () -> new Structs.S4<>(f1, f2, f3, f4, make));
    }

    /** {@code struct} of 5 fields, built with {@code make}. */
    public static <R, A, B, C, D, E> Codec<R> struct(Field<R, A> f1, Field<R, B> f2, Field<R, C> f3, Field<R, D> f4, Field<R, E> f5, Constructors.C5<A, B, C, D, E, R> make) {
        return CodecClones.of(Structs.S5.class, MethodType.methodType(void.class, Field.class, Field.class, Field.class, Field.class, Field.class, Constructors.C5.class),
                new Object[] {f1, f2, f3, f4, f5, make}, () -> new Structs.S5<>(f1, f2, f3, f4, f5, make));
    }

    /** {@code struct} of 6 fields, built with {@code make}. */
    public static <R, A, B, C, D, E, F> Codec<R> struct(Field<R, A> f1, Field<R, B> f2, Field<R, C> f3, Field<R, D> f4, Field<R, E> f5, Field<R, F> f6, Constructors.C6<A, B, C, D, E, F, R> make) {
        return CodecClones.of(Structs.S6.class, MethodType.methodType(void.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Constructors.C6.class),
                new Object[] {f1, f2, f3, f4, f5, f6, make}, () -> new Structs.S6<>(f1, f2, f3, f4, f5, f6, make));
    }

    /** {@code struct} of 7 fields, built with {@code make}. */
    public static <R, A, B, C, D, E, F, G> Codec<R> struct(Field<R, A> f1, Field<R, B> f2, Field<R, C> f3, Field<R, D> f4, Field<R, E> f5, Field<R, F> f6, Field<R, G> f7, Constructors.C7<A, B, C, D, E, F, G, R> make) {
        return CodecClones.of(Structs.S7.class, MethodType.methodType(void.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Constructors.C7.class),
                new Object[] {f1, f2, f3, f4, f5, f6, f7, make}, () -> new Structs.S7<>(f1, f2, f3, f4, f5, f6, f7, make));
    }

    /** {@code struct} of 8 fields, built with {@code make}. */
    public static <R, A, B, C, D, E, F, G, H> Codec<R> struct(Field<R, A> f1, Field<R, B> f2, Field<R, C> f3, Field<R, D> f4, Field<R, E> f5, Field<R, F> f6, Field<R, G> f7, Field<R, H> f8, Constructors.C8<A, B, C, D, E, F, G, H, R> make) {
        return CodecClones.of(Structs.S8.class, MethodType.methodType(void.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Constructors.C8.class),
                new Object[] {f1, f2, f3, f4, f5, f6, f7, f8, make}, () -> new Structs.S8<>(f1, f2, f3, f4, f5, f6, f7, f8, make));
    }

    /** {@code struct} of 9 fields, built with {@code make}. */
    public static <R, A, B, C, D, E, F, G, H, I> Codec<R> struct(Field<R, A> f1, Field<R, B> f2, Field<R, C> f3, Field<R, D> f4, Field<R, E> f5, Field<R, F> f6, Field<R, G> f7, Field<R, H> f8, Field<R, I> f9, Constructors.C9<A, B, C, D, E, F, G, H, I, R> make) {
        return CodecClones.of(Structs.S9.class, MethodType.methodType(void.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Constructors.C9.class),
                new Object[] {f1, f2, f3, f4, f5, f6, f7, f8, f9, make}, () -> new Structs.S9<>(f1, f2, f3, f4, f5, f6, f7, f8, f9, make));
    }

    /** {@code struct} of 10 fields, built with {@code make}. */
    public static <R, A, B, C, D, E, F, G, H, I, J> Codec<R> struct(Field<R, A> f1, Field<R, B> f2, Field<R, C> f3, Field<R, D> f4, Field<R, E> f5, Field<R, F> f6, Field<R, G> f7, Field<R, H> f8, Field<R, I> f9, Field<R, J> f10, Constructors.C10<A, B, C, D, E, F, G, H, I, J, R> make) {
        return CodecClones.of(Structs.S10.class, MethodType.methodType(void.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Constructors.C10.class),
                new Object[] {f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, make}, () -> new Structs.S10<>(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, make));
    }

    /** {@code struct} of 11 fields, built with {@code make}. */
    public static <R, A, B, C, D, E, F, G, H, I, J, K> Codec<R> struct(Field<R, A> f1, Field<R, B> f2, Field<R, C> f3, Field<R, D> f4, Field<R, E> f5, Field<R, F> f6, Field<R, G> f7, Field<R, H> f8, Field<R, I> f9, Field<R, J> f10, Field<R, K> f11, Constructors.C11<A, B, C, D, E, F, G, H, I, J, K, R> make) {
        return CodecClones.of(Structs.S11.class, MethodType.methodType(void.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Constructors.C11.class),
                new Object[] {f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, make}, () -> new Structs.S11<>(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, make));
    }

    /** {@code struct} of 12 fields, built with {@code make}. */
    public static <R, A, B, C, D, E, F, G, H, I, J, K, L> Codec<R> struct(Field<R, A> f1, Field<R, B> f2, Field<R, C> f3, Field<R, D> f4, Field<R, E> f5, Field<R, F> f6, Field<R, G> f7, Field<R, H> f8, Field<R, I> f9, Field<R, J> f10, Field<R, K> f11, Field<R, L> f12, Constructors.C12<A, B, C, D, E, F, G, H, I, J, K, L, R> make) {
        return CodecClones.of(Structs.S12.class, MethodType.methodType(void.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Constructors.C12.class),
                new Object[] {f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, make}, () -> new Structs.S12<>(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, make));
    }

    /** {@code struct} of 13 fields, built with {@code make}. */
    public static <R, A, B, C, D, E, F, G, H, I, J, K, L, M> Codec<R> struct(Field<R, A> f1, Field<R, B> f2, Field<R, C> f3, Field<R, D> f4, Field<R, E> f5, Field<R, F> f6, Field<R, G> f7, Field<R, H> f8, Field<R, I> f9, Field<R, J> f10, Field<R, K> f11, Field<R, L> f12, Field<R, M> f13, Constructors.C13<A, B, C, D, E, F, G, H, I, J, K, L, M, R> make) {
        return CodecClones.of(Structs.S13.class, MethodType.methodType(void.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Constructors.C13.class),
                new Object[] {f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, make}, () -> new Structs.S13<>(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, make));
    }

    /** {@code struct} of 14 fields, built with {@code make}. */
    public static <R, A, B, C, D, E, F, G, H, I, J, K, L, M, N> Codec<R> struct(Field<R, A> f1, Field<R, B> f2, Field<R, C> f3, Field<R, D> f4, Field<R, E> f5, Field<R, F> f6, Field<R, G> f7, Field<R, H> f8, Field<R, I> f9, Field<R, J> f10, Field<R, K> f11, Field<R, L> f12, Field<R, M> f13, Field<R, N> f14, Constructors.C14<A, B, C, D, E, F, G, H, I, J, K, L, M, N, R> make) {
        return CodecClones.of(Structs.S14.class, MethodType.methodType(void.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Constructors.C14.class),
                new Object[] {f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, make}, () -> new Structs.S14<>(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, make));
    }

    /** {@code struct} of 15 fields, built with {@code make}. */
    public static <R, A, B, C, D, E, F, G, H, I, J, K, L, M, N, O> Codec<R> struct(Field<R, A> f1, Field<R, B> f2, Field<R, C> f3, Field<R, D> f4, Field<R, E> f5, Field<R, F> f6, Field<R, G> f7, Field<R, H> f8, Field<R, I> f9, Field<R, J> f10, Field<R, K> f11, Field<R, L> f12, Field<R, M> f13, Field<R, N> f14, Field<R, O> f15, Constructors.C15<A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, R> make) {
        return CodecClones.of(Structs.S15.class, MethodType.methodType(void.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Constructors.C15.class),
                new Object[] {f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, make}, () -> new Structs.S15<>(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, make));
    }

    /** {@code struct} of 16 fields, built with {@code make}. */
    public static <R, A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P> Codec<R> struct(Field<R, A> f1, Field<R, B> f2, Field<R, C> f3, Field<R, D> f4, Field<R, E> f5, Field<R, F> f6, Field<R, G> f7, Field<R, H> f8, Field<R, I> f9, Field<R, J> f10, Field<R, K> f11, Field<R, L> f12, Field<R, M> f13, Field<R, N> f14, Field<R, O> f15, Field<R, P> f16, Constructors.C16<A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, R> make) {
        return CodecClones.of(Structs.S16.class, MethodType.methodType(void.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Field.class, Constructors.C16.class),
                new Object[] {f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, make}, () -> new Structs.S16<>(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, make));
    }
}
