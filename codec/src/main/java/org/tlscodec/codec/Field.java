package org.tlscodec.codec;

import java.util.function.Function;

/**
 * A named field of a {@code struct}: its name (the RFC's, which becomes the error path), its
 * codec, and how to read it back from the record when encoding.
 */
public record Field<R, A>(String name, Codec<A> codec, Function<? super R, ? extends A> getter) {
    @Override
    public String toString() {
        return name + ": " + codec;
    }
}
