package org.tlscodec.codec;

import java.lang.invoke.MethodType;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * What the combinators that read registry codes without boxing need of a registry value's codec
 * ({@link IntCodec#xmapInt}): its integer codec and its two mappings. An interface rather than
 * {@link IntMappedCodec} itself because each such codec is a hidden copy of that class (see
 * {@link CodecClones}), which is no instance of it.
 */
interface IntMapped<B> extends Codec<B> {
    /**
     * An {@link IntMappedCodec} in a class of its own. (The factory is here, not in that class: a
     * hidden copy's bytes must not construct the class they were copied from.)
     */
    static <B> IntMapped<B> of(IntCodec base, IntFunction<? extends B> decodeMap, ToIntFunction<? super B> encodeMap, String name) {
        return (IntMapped<B>) CodecClones.<B>of(IntMappedCodec.class,
                MethodType.methodType(void.class, IntCodec.class, IntFunction.class, ToIntFunction.class, String.class),
                new Object[] {base, decodeMap, encodeMap, name}, () -> new IntMappedCodec<>(base, decodeMap, encodeMap, name));
    }

    /** The unsigned integer the code is written as. */
    IntCodec base();

    /** The value of a code (a named constant, or a value that keeps an unknown code). */
    B valueOf(int code);

    /** The code of a value. */
    int codeOf(B value);
}
