package org.tlscodec.codec;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@code select (type) { case ...: ... }} of RFC 8446 section 3.8: a discriminated union
 * by type code, optionally with its body in a length-prefixed frame (extensions, handshake
 * messages). Immutable: each step answers a new builder, so one set of cases can make both a
 * strict and a lenient codec.
 *
 * <p>An unknown tag decodes to the {@link #otherwise} case, which keeps the body byte for byte; a
 * known tag whose body is malformed is an error ({@link #strict()}, {@link #otherwise}) or, only
 * where asked for with {@link #lenient}, a malformed value that keeps its bytes and the error.
 *
 * @param <T> the tag (type code)
 * @param <A> the union's value type
 */
public final class Select<T, A> {

    /** Makes the value kept for a known tag whose body did not decode. */
    @FunctionalInterface
    public interface MalformedFactory<T, M> {
        M make(T tag, Bytes body, CodecError error);
    }

    record Case<T, A>(T tag, String name, Class<? extends A> type, Codec<? extends A> codec) {
    }

    record Raw<T, U>(Class<U> type, Function<? super U, Bytes> body) {
        Bytes bodyOf(Object value) {
            return body.apply(type.cast(value));
        }
    }

    private final Codec<T> tag;
    private final Function<? super A, ? extends T> tagOf;
    private final int width;
    private final Map<T, Case<T, A>> cases;
    private final @Nullable Raw<T, ?> malformedRaw;
    private final @Nullable MalformedFactory<T, ? extends A> malformed;
    private final boolean largeCases;

    private Select(Codec<T> tag, Function<? super A, ? extends T> tagOf, int width, Map<T, Case<T, A>> cases,
                   @Nullable Raw<T, ?> malformedRaw, @Nullable MalformedFactory<T, ? extends A> malformed, boolean largeCases) {
        this.largeCases = largeCases;
        this.tag = tag;
        this.tagOf = tagOf;
        this.width = width;
        this.cases = cases;
        this.malformedRaw = malformedRaw;
        this.malformed = malformed;
    }

    static <T, A> Select<T, A> on(Codec<T> tag, Function<? super A, ? extends T> tagOf) {
        return new Select<>(tag, tagOf, 0, LinkedHashMap.empty(), null, null, false);
    }

    /** The body follows the tag in a frame with a length of {@code lengthWidth} bytes. */
    public Select<T, A> framed(int lengthWidth) {
        CodecSupport.checkWidth(lengthWidth);
        return new Select<>(tag, tagOf, lengthWidth, cases, malformedRaw, malformed, largeCases);
    }

    /**
     * The cases are whole structures of their own (handshake messages), each entered through one
     * call site that all such selects share. A JIT inlines a call whose site has seen one or two
     * codecs; through a site of its own, a select that meets few message types got each message's
     * whole tree inlined into its caller, until the compiler's budget for that caller ran out and
     * small calls after it (a region's end, a constructor) stayed calls, at random from one run to
     * the next. Through the shared site, each message's codec is compiled on its own.
     */
    public Select<T, A> largeCases() {
        return new Select<>(tag, tagOf, width, cases, malformedRaw, malformed, true);
    }

    /**
     * The case for {@code tagValue}, named after the tag in error paths. (Not named {@code when}:
     * that is a keyword in Kotlin.)
     */
    public <B extends A> Select<T, A> caseOf(T tagValue, Class<B> type, Codec<B> codec) {
        return caseOf(tagValue, String.valueOf(tagValue), type, codec);
    }

    /** The case for {@code tagValue}, with the name it has in error paths. */
    public <B extends A> Select<T, A> caseOf(T tagValue, String name, Class<B> type, Codec<B> codec) {
        if (cases.containsKey(tagValue)) {
            throw new IllegalArgumentException("two cases for tag " + tagValue);
        }
        return new Select<>(tag, tagOf, width, cases.put(tagValue, new Case<>(tagValue, name, type, codec)), malformedRaw, malformed, largeCases);
    }

    /**
     * For dissection: a known tag whose body fails to decode becomes {@code make(tag, body, error)}
     * and decoding goes on; such a value is written back as its {@code body}. Only meaningful with
     * {@link #framed}, or as the last thing in a region, since the body is the rest of it.
     */
    public <M extends A> Select<T, A> lenient(Class<M> type, MalformedFactory<T, M> make, Function<? super M, Bytes> body) {
        return new Select<>(tag, tagOf, width, cases, new Raw<>(type, body), make, largeCases);
    }

    /** The codec, keeping any unknown tag as {@code make(tag, body)}, written back as {@code body}. */
    public <U extends A> Codec<A> otherwise(Class<U> type, BiFunction<? super T, Bytes, ? extends U> make,
                                           Function<? super U, Bytes> body) {
        return SelectCodec.of(this, new Raw<>(type, body), make);
    }

    /** The codec, for which an unknown tag is {@link CodecError.UnknownTag}. */
    public Codec<A> strict() {
        return SelectCodec.of(this, null, null);
    }

    Codec<T> tag() {
        return tag;
    }

    T tagOf(A value) {
        return tagOf.apply(value);
    }

    int width() {
        return width;
    }

    boolean hasLargeCases() {
        return largeCases;
    }

    Iterable<Case<T, A>> cases() {
        return cases.values();
    }

    @Nullable Raw<T, ?> malformedRaw() {
        return malformedRaw;
    }

    @Nullable MalformedFactory<T, ? extends A> malformed() {
        return malformed;
    }
}
